// The 住登外者・法人 audit event catalogue (docs/light-vehicle-tax.md "宛名: 住登外者・法人").
#pragma once

namespace kikan::non_resident::event {
inline constexpr char Register[] = "non_resident.register"; // operation: a party recorded
inline constexpr char Change[] = "non_resident.change";     // operation: a new state
inline constexpr char View[] = "non_resident.view";         // access: a party shown
} // namespace kikan::non_resident::event
