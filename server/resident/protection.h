// 支援措置 (DV・ストーカー行為等・児童虐待等の被害者の保護; 住民基本台帳事務処理要領 第5-10, the
// standard's 抑止設定): while a measure is in force the person is left out of search results,
// 照会 and certificates unless the caller holds resident:protected; every attempt on a protected
// person, allowed or refused, is written to the access log (resident.protected_access) with its
// outcome so administrators see it in their log search.
#pragma once

#include "server/core/context.h"
#include "server/http/request.h"
#include "server/http/router.h"

#include <QDate>
#include <QSqlDatabase>

namespace kikan::resident {

// The special right to see and certify protected persons.
inline constexpr char kProtectedArea[] = "resident";
inline constexpr char kProtectedAction[] = "protected";

// True while a measure covers the person on `date` (started, not ended, not lifted).
bool isProtected(QSqlDatabase db, qint64 partyNo, QDate date);
bool isProtected(core::ServerContext &context, qint64 partyNo, QDate date);

// For the 照会 and the certificate code: returns when the person is not protected today or the
// caller holds resident:protected (logging the allowed access of a protected person), else logs
// the refusal and throws core::Failure(resident.protected). purpose: "view", "certificate", …
void checkProtectedAccess(core::ServerContext &context, const http::Request &request,
                          qint64 partyNo, const QString &purpose);
// The same for lists (search, household members): false (refusal logged) when the person must be
// left out.
bool mayShow(core::ServerContext &context, const http::Request &request, qint64 partyNo,
             const QString &purpose);
// mayShow for a list (a search's hits): the persons that may be shown, in the given order. One
// query for the whole list instead of one per person; each protected person is logged as mayShow
// logs it.
QList<qint64> mayShowAll(core::ServerContext &context, const http::Request &request,
                         const QList<qint64> &partyNos, const QString &purpose);

// POST /resident/protection, POST /resident/protection/{id}/lift,
// GET /resident/persons/{partyNo}/protection — all resident:administer.
void registerProtectionRoutes(core::ServerContext &context, http::Router &router);

} // namespace kikan::resident
