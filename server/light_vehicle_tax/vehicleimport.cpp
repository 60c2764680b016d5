// Importing vehicle 異動 (vehicleimport.h).
#include "vehicleimport.h"

#include "events.h"
#include "vehicleregister.h"
#include "vehiclestore.h"
#include "server/audit/auditlog.h"
#include "server/store/database.h"
#include "shared/api/light_vehicle_tax/errors.h"

namespace kikan::light_vehicle_tax {

namespace {
ImportError errorOf(int line, const core::Failure &e)
{
    const QString title = QString::fromUtf8(api::errorInfo(e.code()).title);
    QString message = e.detail().isEmpty() ? title : e.detail();
    const QJsonObject fields = e.extra().value(QStringLiteral("fields")).toObject();
    if (!fields.isEmpty() && e.detail().isEmpty())
        message = fields.begin().value().toString(title);
    return {line, e.field(), message};
}

ImportedLine applyLine(core::ServerContext &context, QSqlDatabase db, const core::Actor &actor,
                       const ImportLine &l)
{
    ImportedLine done{l.line, l.kind, l.input.plateNo, 0};
    if (startsVehicle(l.kind)) {
        done.vehicleId = writeRegistration(context, db, actor, l.kind, l.input, l.effectiveDate).vehicleId;
        return done;
    }
    done.vehicleId = vehicleWithPlate(db, l.input.plateNo);
    if (!done.vehicleId) {
        throw core::Failure::invalidField(QStringLiteral("plateNo"),
                                          QStringLiteral("標識番号「%1」の登録中の車両はありません。")
                                              .arg(l.input.plateNo));
    }
    VehicleInput change = l.input;
    change.plateNo.clear(); // the plate names the vehicle; a 定置場変更 keeps it
    writeChange(context, db, actor, done.vehicleId, versionOf(db, done.vehicleId), l.kind, change,
                l.effectiveDate);
    return done;
}
} // namespace

ImportResult importVehicles(core::ServerContext &context, const core::Actor &actor,
                            const QString &layoutName, const QByteArray &file, bool dryRun)
{
    ImportResult result;
    result.layout = layoutName;
    result.dryRun = dryRun;
    const ImportLayout *layout = ImportLayout::named(layoutName);
    if (!layout) {
        throw core::Failure::invalidField(QStringLiteral("layout"),
                                          QStringLiteral("取込様式「%1」はありません。").arg(layoutName));
    }
    ReadFile read = readImportFile(*layout, file);
    result.errors = read.errors;
    {
        store::Transaction tx(context.database);
        for (const ImportLine &l : std::as_const(read.lines)) {
            try {
                result.lines.append(applyLine(context, tx.db(), actor, l));
            } catch (const core::Failure &e) {
                result.errors.append(errorOf(l.line, e));
            }
        }
        std::sort(result.errors.begin(), result.errors.end(),
                  [](const ImportError &a, const ImportError &b) { return a.line < b.line; });
        if (result.errors.isEmpty() && !dryRun) {
            tx.commit();
            result.applied = true;
        }
    } // not committed: rolled back
    context.audit.record(actor, audit::LogKind::Operation, QString::fromLatin1(event::Import),
                         QStringLiteral("import:%1").arg(layoutName),
                         {{QStringLiteral("dryRun"), dryRun},
                          {QStringLiteral("lines"), int(result.lines.size())},
                          {QStringLiteral("errors"), int(result.errors.size())}},
                         result.errors.isEmpty());
    return result;
}

} // namespace kikan::light_vehicle_tax
