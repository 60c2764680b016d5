// Content negotiation for routes that can answer in two forms (a certificate as PDF, or as the pages
// it draws for a client that draws them itself: shared/forms/pagejson.h).
#pragma once

#include "request.h"

#include <QJsonObject>

namespace kikan::http {

// True when the Accept header names `mediaType` or the query says format=`format`.
bool asksFor(const Request &request, const QByteArray &mediaType, const QString &format);

// A JSON body of a vendor media type (application/vnd.kikan.pages+json …).
Response jsonAs(const QByteArray &mediaType, const QJsonObject &object);

} // namespace kikan::http
