// 年齢 as the law counts it (年齢計算ニ関スル法律, 民法第143条): an age is reached at the end of the
// day before the birthday, so on that day already; a 29 February birth reaches it on 28 February
// of a common year. Every age rule in law uses this count (印鑑登録 15歳, 選挙権 18歳 …).
#pragma once

#include <QDate>

namespace kikan::core {

// The age on `date` of a person born on `birthDate`.
int legalAge(QDate birthDate, QDate date);

} // namespace kikan::core
