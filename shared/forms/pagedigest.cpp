// pagesDigest (pagedigest.h): QJsonObject keeps its keys sorted, which makes the JSON canonical.
#include "pagedigest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kikan::forms {

namespace {
QJsonObject valuesJson(const Values &values, const QStringList &leaveOut)
{
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!leaveOut.contains(it.key()))
            o.insert(it.key(), it.value());
    }
    return o;
}
} // namespace

QByteArray pagesDigest(const QList<PageData> &pages, const QStringList &leaveOut)
{
    QJsonArray all;
    for (const PageData &page : pages) {
        QJsonObject rows;
        for (auto it = page.rows.begin(); it != page.rows.end(); ++it) {
            QJsonArray list;
            for (const Values &row : it.value())
                list.append(valuesJson(row, leaveOut));
            rows.insert(it.key(), list);
        }
        all.append(QJsonObject{{QStringLiteral("values"), valuesJson(page.values, leaveOut)},
                               {QStringLiteral("rows"), rows}});
    }
    return QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

} // namespace kikan::forms
