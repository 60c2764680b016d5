// legalAge (age.h).
#include "age.h"

namespace kikan::core {

int legalAge(QDate birthDate, QDate date)
{
    // Reached on the day before the anniversary; 29 February's anniversary in a common year is
    // 1 March (民法第143条第2項ただし書: the period ends on the last day of February).
    const QDate tomorrow = date.addDays(1);
    int age = tomorrow.year() - birthDate.year();
    QDate anniversary(tomorrow.year(), birthDate.month(), birthDate.day());
    if (!anniversary.isValid())
        anniversary = QDate(tomorrow.year(), 3, 1);
    if (tomorrow < anniversary)
        --age;
    return age;
}

} // namespace kikan::core
