// Handlers of the 文字同定 routes (routes.h); the work is done by LegacyGlyphs (legacyglyphs.h).
#include "routes.h"

#include "candidates.h"
#include "events.h"
#include "legacyglyphs.h"
#include "server/core/failure.h"
#include "shared/api/endpoints.h"
#include "shared/api/migration/paths.h"
#include "shared/api/errorcode.h"

#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/MultipartReader.h>
#include <Poco/StreamCopier.h>

#include <sstream>

namespace kikan::migration {

namespace {

// The CSV bytes of an import request, whichever way the client sent them.
QByteArray importBody(const http::Request &request)
{
    const QByteArray type = request.header("content-type").toLower();
    if (type.startsWith("multipart/form-data")) {
        try {
            std::istringstream in(request.body.toStdString());
            Poco::Net::MultipartReader reader(in);
            while (reader.hasNextPart()) {
                Poco::Net::MessageHeader header;
                reader.nextPart(header);
                std::string content;
                Poco::StreamCopier::copyToString(reader.stream(), content);
                std::string disposition;
                Poco::Net::NameValueCollection params;
                Poco::Net::MessageHeader::splitParameters(
                    header.get("Content-Disposition", ""), disposition, params);
                if (params.get("name", "") == "file")
                    return QByteArray::fromStdString(content);
            }
        } catch (const Poco::Exception &) {
            throw core::Failure(api::err::BadRequest,
                                 QStringLiteral("multipart の形式が正しくありません。"));
        }
        throw core::Failure::invalidField(QStringLiteral("file"),
                                           QStringLiteral("ファイル（file）がありません。"));
    }
    if (type.startsWith("text/csv"))
        return request.body;
    const QJsonValue csv = request.jsonObject().value(QStringLiteral("csv"));
    if (!csv.isString())
        throw core::Failure::invalidField(QStringLiteral("csv"),
                                           QStringLiteral("CSV の内容がありません。"));
    return csv.toString().toUtf8();
}

qint64 versionOf(const QJsonObject &body)
{
    const QJsonValue v = body.value(QStringLiteral("version"));
    if (!v.isDouble() || v.toDouble() < 1)
        throw core::Failure::invalidField(QStringLiteral("version"),
                                           QStringLiteral("版番号（version）が必要です。"));
    return qint64(v.toDouble());
}

audit::AuditEntry actor(const http::Request &request)
{
    return audit::AuditEntry::forRequest(request, audit::LogKind::Operation, {});
}

} // namespace

void registerRoutes(core::ServerContext &context, http::Router &router)
{
    const http::Access view = http::Access::right(QStringLiteral("migration"),
                                                  QStringLiteral("view"));
    const http::Access update = http::Access::right(QStringLiteral("migration"),
                                                    QStringLiteral("update"));
    const QString glyphs = QString::fromLatin1(api::path::MigrationGlyphs);
    auto service = [&context] { return LegacyGlyphs(context); };

    http::Route import{
        QStringLiteral("POST"), QString::fromLatin1(api::path::MigrationGlyphImport), update,
        QString::fromLatin1(event::GlyphImport), [=](http::Request &request) {
            const ImportSummary s = service().import(importBody(request), actor(request));
            return http::Response::json(QJsonObject{{QStringLiteral("added"), s.added},
                                                    {QStringLiteral("updated"), s.updated},
                                                    {QStringLiteral("undecided"), s.undecided}});
        },
        /*auditsItself=*/true}; // the service logs decisions and refusals
    // A legacy system's whole 外字 list in one file (docs/configuration.md).
    import.maxBodyBytes = context.config.intValue(QStringLiteral("migration/max_import_bytes"),
                                                  32 * 1024 * 1024);
    router.add(import);
    router.add({QStringLiteral("GET"), glyphs, view, QString::fromLatin1(event::GlyphList),
                [=](http::Request &request) {
                    const QString status = request.query.queryItemValue(QStringLiteral("status"));
                    return http::Response::json(QJsonObject{
                        {QStringLiteral("glyphs"),
                         service().list(status == QLatin1String("all") ? QString() : status)}});
                }});
    router.add({QStringLiteral("GET"), glyphs + QStringLiteral("/{id}"), view,
                QString::fromLatin1(event::GlyphView), [=](http::Request &request) {
                    const qint64 id = request.idParam(QStringLiteral("id"));
                    return http::Response::json(service().get(id));
                }});
    router.add({QStringLiteral("POST"), glyphs + QStringLiteral("/{id}/decide"), update,
                QString::fromLatin1(event::GlyphDecide), [=](http::Request &request) {
                    const qint64 id = request.idParam(QStringLiteral("id"));
                    const QJsonObject body = request.jsonObject();
                    const QString mjCode = body.value(QStringLiteral("mjCode")).toString();
                    return http::Response::json(
                        service().decide(id, mjCode, versionOf(body), actor(request)));
                }, /*auditsItself=*/true}); // the service logs decisions and refusals
    router.add({QStringLiteral("POST"), glyphs + QStringLiteral("/{id}/undecide"), update,
                QString::fromLatin1(event::GlyphUndecide), [=](http::Request &request) {
                    const qint64 id = request.idParam(QStringLiteral("id"));
                    return http::Response::json(service().undecide(
                        id, versionOf(request.jsonObject()), actor(request)));
                }, /*auditsItself=*/true}); // the service logs decisions and refusals
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::MigrationDecidedTable),
                view, QString::fromLatin1(event::DecidedExport), [=, &context](http::Request &) {
                    int rows = 0;
                    const QByteArray csv = service().decidedCsv(&rows);
                    http::Response r = http::Response::csv(
                        csv, QStringLiteral("decided-glyphs-%1.csv")
                                 .arg(context.clock.now().toString(QStringLiteral("yyyyMMdd"))));
                    r.headers.append({QByteArray("X-Kikan-Total-Rows"), QByteArray::number(rows)});
                    return r;
                }});
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::MigrationCharacters), view,
                QString::fromLatin1(event::CharacterSearch), [](http::Request &request) {
                    QJsonArray out;
                    const QString q = request.query.queryItemValue(QStringLiteral("q"),
                                                                   QUrl::FullyDecoded);
                    for (const auto &c : searchCharacters(q))
                        out.append(characterJson(c));
                    return http::Response::json(QJsonObject{{QStringLiteral("characters"), out}});
                }});
}

} // namespace kikan::migration
