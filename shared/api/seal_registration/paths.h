// The HTTP paths of 印鑑登録 (server/seal_registration/routes.cpp, client/seal_registration).
#pragma once

namespace kikan::api::seal {
inline constexpr char Registrations[] = "/api/v1/seal-registrations";
} // namespace kikan::api::seal
