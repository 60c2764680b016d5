// The print order of a mass run and how documents fill spool files (runorder.h).
#include "runorder.h"

#include <algorithm>
#include <tuple>

namespace kikan::mass_printing {

bool knownOrder(const QString &order)
{
    return order == QLatin1String(OrderTownArea) || order == QLatin1String(OrderPostal);
}

QList<document::Recipient> inPrintOrder(QList<document::Recipient> recipients, const QString &order)
{
    const bool postal = order == QLatin1String(OrderPostal);
    std::sort(recipients.begin(), recipients.end(),
              [postal](const document::Recipient &a, const document::Recipient &b) {
        if (postal && a.postalCode != b.postalCode)
            return a.postalCode < b.postalCode;
        return std::tie(a.townAreaCode, a.partyNo) < std::tie(b.townAreaCode, b.partyNo);
    });
    return recipients;
}

} // namespace kikan::mass_printing
