// pagesDigest (pagedigest.h): every page as pageToJson without images (pagejson.cpp; QJsonObject
// keeps its keys sorted, which makes the JSON canonical).
#include "pagedigest.h"

#include "pagejson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace kikan::forms {

QByteArray pagesDigest(const QList<PageData> &pages, const QStringList &leaveOut)
{
    QJsonArray all;
    for (const PageData &page : pages)
        all.append(pageToJson(page, leaveOut, false));
    return QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

} // namespace kikan::forms
