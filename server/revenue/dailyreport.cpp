// 収納日計表 / 月計表 (dailyreport.h): two grouped queries and their CSV.
#include "dailyreport.h"

#include "counter.h"
#include "server/core/dates.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QLocale>
#include <QSqlQuery>

namespace kikan::revenue {

namespace {
core::Money yen(store::RowReader &row)
{
    return core::Money::ofYen(row.id());
}

// 1,234 (the table's column says what it is).
QString figure(qint64 value)
{
    return QLocale(QLocale::Japanese).toString(value);
}

forms::Values channelValues(const ChannelTotal &c)
{
    return {{QStringLiteral("label"), channelLabel(c.channel)}, {QStringLiteral("count"), figure(c.count)},
            {QStringLiteral("amount"), figure(c.amount.yen())}, {QStringLiteral("applied"), figure(c.applied.yen())},
            {QStringLiteral("queued"), figure(c.queued.yen())}, {QStringLiteral("overpaid"), figure(c.overpaid.yen())}};
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

QByteArray dailyReportPdf(const DailyReport &r, const QDate &printedOn)
{
    constexpr int filesPerPage = 22; // the layout's "imports" repeat
    const bool oneDay = r.from == r.to;
    const int pageCount = qMax(1, int((r.imports.size() + filesPerPage - 1) / filesPerPage));
    QList<forms::Values> channels;
    for (const ChannelTotal &c : r.channels)
        channels.append(channelValues(c));
    QList<forms::PageData> pages;
    for (int p = 0; p < pageCount; ++p) {
        forms::PageData page;
        page.values = {{QStringLiteral("title"), oneDay ? QStringLiteral("収納日計表") : QStringLiteral("収納月計表")},
                       {QStringLiteral("period"), oneDay ? QStringLiteral("収納日 %1").arg(warekiText(r.from))
                                                         : QStringLiteral("収納日 %1 ～ %2")
                                                               .arg(warekiText(r.from), warekiText(r.to))},
                       {QStringLiteral("town"), townName()},
                       {QStringLiteral("printedOn"), warekiText(printedOn)},
                       {QStringLiteral("page"), QStringLiteral("%1 / %2").arg(p + 1).arg(pageCount)}};
        const forms::Values total = channelValues(r.total);
        for (auto it = total.cbegin(); it != total.cend(); ++it) {
            QString key = it.key();
            key[0] = key.at(0).toUpper();
            page.values.insert(QStringLiteral("total") + key, it.value());
        }
        page.rows.insert(QStringLiteral("channels"), channels);
        QList<forms::Values> files;
        for (int i = p * filesPerPage; i < qMin(int(r.imports.size()), (p + 1) * filesPerPage); ++i) {
            const ImportTotal &t = r.imports.at(i);
            files.append({{QStringLiteral("fileName"), t.fileName}, {QStringLiteral("label"), channelLabel(t.channel)},
                          {QStringLiteral("lineCount"), figure(t.lineCount)},
                          {QStringLiteral("fileTotal"), figure(t.fileTotal.yen())},
                          {QStringLiteral("receiptCount"), figure(t.receiptCount)},
                          {QStringLiteral("receiptTotal"), figure(t.receiptTotal.yen())},
                          {QStringLiteral("agreement"), t.agrees() ? QStringLiteral("一致") : QStringLiteral("不一致")}});
        }
        page.rows.insert(QStringLiteral("imports"), files);
        pages.append(page);
    }
    return renderRevenueForm(QStringLiteral("daily-report"), pages,
                             oneDay ? QStringLiteral("収納日計表") : QStringLiteral("収納月計表"));
}

} // namespace kikan::revenue
