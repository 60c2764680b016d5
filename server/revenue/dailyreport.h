// 収納日計表 / 月計表 for the 会計管理者 (docs/revenue.md "日計表"): the receipts of a 収納日 range
// per channel (件数, 金額, 消込済, 消込待ち, 過誤納) and every imported file with receipts in the
// range set against its own total (the lines' sum the file stated: a 全銀 result's trailer
// 振替済金額 is checked equal to it on import), so a difference shows. As JSON, CSV (UTF-8) and
// PDF (resources/revenue/daily-report.json through the form engine, with the 検印 boxes).
#pragma once

#include "shared/core/money.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kikan::revenue {

struct ChannelTotal {
    QString channel;
    int count = 0;
    core::Money amount;     // received (cancelled payments left out)
    core::Money applied;    // 消込 in force
    core::Money queued;     // unmatched or mismatch: waiting for staff
    core::Money overpaid;   // 過誤納 not cancelled
};

struct ImportTotal {
    qint64 importId = 0;
    QString channel;
    QString fileName;
    int lineCount = 0;
    core::Money fileTotal;      // as the file stated it (its lines' sum)
    int receiptCount = 0;
    core::Money receiptTotal;   // its receipts as stored (a 確報 line confirms a 速報: no new receipt)
    bool agrees() const { return fileTotal == receiptTotal && lineCount == receiptCount; }
};

struct DailyReport {
    QDate from, to;
    QList<ChannelTotal> channels;
    QList<ImportTotal> imports;
    ChannelTotal total;         // channel "total"
};

DailyReport dailyReport(QSqlDatabase db, const QDate &from, const QDate &to);
// The report as CSV: a title line, the channels with a total line, then the files.
QByteArray dailyReportCsv(const DailyReport &report);
// The report as the 会計管理者's PDF, made on `printedOn`: the channels and their total on every
// page, the files 22 a page. Throws revenue.receipt_print when it cannot be rendered.
QByteArray dailyReportPdf(const DailyReport &report, const QDate &printedOn);
// The name a channel is printed under (OCR, コンビニ, 口座振替, 窓口).
QString channelLabel(const QString &channel);

} // namespace kikan::revenue
