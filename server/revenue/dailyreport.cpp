// 収納日計表 / 月計表 (dailyreport.h): two grouped queries and their CSV.
#include "dailyreport.h"

#include "server/core/dates.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QSqlQuery>

namespace kikan::revenue {

namespace {
core::Money yen(store::RowReader &row)
{
    return core::Money::ofYen(row.id());
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}
} // namespace

QString channelLabel(const QString &channel)
{
    if (channel == QLatin1String("ocr"))
        return QStringLiteral("OCR納付書");
    if (channel == QLatin1String("convenience"))
        return QStringLiteral("コンビニ収納");
    if (channel == QLatin1String("direct_debit"))
        return QStringLiteral("口座振替");
    if (channel == QLatin1String("counter"))
        return QStringLiteral("窓口収納");
    return channel == QLatin1String("total") ? QStringLiteral("合計") : channel;
}

DailyReport dailyReport(QSqlDatabase db, const QDate &from, const QDate &to)
{
    DailyReport report{from, to, {}, {}, {QStringLiteral("total"), 0, {}, {}, {}, {}}};
    QSqlQuery q = store::exec(db, QStringLiteral(
        "SELECT r.channel, COUNT(*), CAST(SUM(r.amount) AS BIGINT), "
        "CAST(COALESCE(SUM(p.applied), 0) AS BIGINT), "
        "CAST(SUM(CASE WHEN r.status IN ('unmatched', 'mismatch') THEN r.amount ELSE 0 END) AS BIGINT), "
        "CAST(COALESCE(SUM(o.overpaid), 0) AS BIGINT) FROM revenue_receipts r "
        "LEFT JOIN (SELECT receipt_id, SUM(amount) AS applied FROM revenue_applications "
        "WHERE reversed_at IS NULL GROUP BY receipt_id) p ON p.receipt_id = r.id "
        "LEFT JOIN (SELECT receipt_id, SUM(amount) AS overpaid FROM revenue_overpayments "
        "WHERE resolution IS NULL OR resolution <> 'cancelled' GROUP BY receipt_id) o ON o.receipt_id = r.id "
        "WHERE r.paid_on >= ? AND r.paid_on <= ? AND r.status <> 'reversed' "
        "GROUP BY r.channel ORDER BY r.channel"), {core::isoDate(from), core::isoDate(to)});
    while (q.next()) {
        store::RowReader row(q);
        ChannelTotal c;
        c.channel = row.text();
        c.count = row.integer();
        c.amount = yen(row);
        c.applied = yen(row);
        c.queued = yen(row);
        c.overpaid = yen(row);
        report.channels.append(c);
        report.total.count += c.count;
        report.total.amount += c.amount;
        report.total.applied += c.applied;
        report.total.queued += c.queued;
        report.total.overpaid += c.overpaid;
    }
    QSqlQuery f = store::exec(db, QStringLiteral(
        "SELECT i.id, i.channel, i.file_name, i.line_count, i.total_amount, COUNT(r.id), "
        "CAST(COALESCE(SUM(r.amount), 0) AS BIGINT) FROM revenue_imports i "
        "JOIN revenue_receipts r ON r.import_id = i.id WHERE i.id IN (SELECT import_id FROM "
        "revenue_receipts WHERE paid_on >= ? AND paid_on <= ? AND import_id IS NOT NULL) "
        "GROUP BY i.id, i.channel, i.file_name, i.line_count, i.total_amount ORDER BY i.id"),
        {core::isoDate(from), core::isoDate(to)});
    while (f.next()) {
        store::RowReader row(f);
        ImportTotal t;
        t.importId = row.id();
        t.channel = row.text();
        t.fileName = row.text();
        t.lineCount = row.integer();
        t.fileTotal = yen(row);
        t.receiptCount = row.integer();
        t.receiptTotal = yen(row);
        report.imports.append(t);
    }
    return report;
}

QByteArray dailyReportCsv(const DailyReport &r)
{
    QString out = (r.from == r.to ? QStringLiteral("収納日計表,%1\r\n").arg(core::isoDate(r.from))
                                  : QStringLiteral("収納月計表,%1,%2\r\n").arg(core::isoDate(r.from), core::isoDate(r.to)));
    out += QStringLiteral("収納経路,件数,収納額,消込額,消込待ち,過誤納\r\n");
    QList<ChannelTotal> rows = r.channels;
    rows.append(r.total);
    for (const ChannelTotal &c : rows)
        out += QStringLiteral("%1,%2,%3,%4,%5,%6\r\n").arg(channelLabel(c.channel)).arg(c.count)
                   .arg(c.amount.yen()).arg(c.applied.yen()).arg(c.queued.yen()).arg(c.overpaid.yen());
    out += QStringLiteral("\r\n取込ファイル,収納経路,行数,ファイルの合計,収納件数,収納額,照合\r\n");
    for (const ImportTotal &t : r.imports)
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\r\n").arg(csvField(t.fileName), channelLabel(t.channel))
                   .arg(t.lineCount).arg(t.fileTotal.yen()).arg(t.receiptCount).arg(t.receiptTotal.yen())
                   .arg(t.agrees() ? QStringLiteral("一致") : QStringLiteral("不一致"));
    return out.toUtf8();
}

} // namespace kikan::revenue
