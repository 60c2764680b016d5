// A terminal's printers as staff know them (GLOSSARY 印字位置調整 = printOffset): the town's three
// kinds — 窓口 (counter page printers for certificates), 単票 (the fast sheet printer for notices),
// 連帳 (the continuous-form printer: fanfold paper in inches, 600 dpi) — each naming the Windows
// printer, its tray and duplex, and per form the measured offset (0.1 mm) and a scale. Profiles
// live in the terminal's settings; an administrator exports and imports them as JSON.
#pragma once

#include "shared/core/error.h"
#include "shared/forms/formdata.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kikan::client {

namespace err {
inline constexpr char ProfileInvalid[] = "printing.profile_invalid";
}

enum class PrinterKind { Counter, Sheet, Continuous };

// The measured 印字位置調整 of one form on one printer.
struct FormAdjustment {
    int xTenthMm = 0;       // + moves right
    int yTenthMm = 0;       // + moves down
    int scalePermille = 1000;
};

struct PrinterProfile {
    QString name;           // unique on the terminal, e.g. 「窓口1」
    PrinterKind kind = PrinterKind::Counter;
    QString printerName;    // as Windows (or CUPS) names it
    QString tray;           // the driver's paper source name; empty: the printer's default
    bool duplex = false;
    double paperWidthInch = 0;  // 連帳 only: 6.5–16
    double paperLengthInch = 0; // 連帳 only: 7–14 (perforation to perforation)
    int dpi = 0;            // 0: the printer's own; 連帳 600
    QHash<QString, FormAdjustment> adjustments; // form name → its adjustment

    // The engine's offset for `form` (no adjustment yet: none).
    forms::PrintOffset offsetFor(const QString &form) const;
};

// Limits staff may enter (mm): beyond them the paper is in the wrong tray, not drifting.
inline constexpr int kMaxOffsetTenthMm = 200;
inline constexpr int kMinScalePermille = 900;
inline constexpr int kMaxScalePermille = 1100;

QString kindName(PrinterKind kind); // "counter", "sheet", "continuous"
QJsonObject profileToJson(const PrinterProfile &profile);
// Errors: printing.profile_invalid, naming the item in Japanese.
core::Result<PrinterProfile> profileFromJson(const QJsonObject &json);

// The export file: {"format": "kikan-printer-profiles", "version": 1, "profiles": [...]}.
QByteArray exportProfiles(const QList<PrinterProfile> &profiles);
// Every profile checked, names unique; nothing is taken from a file with an error.
core::Result<QList<PrinterProfile>> importProfiles(const QByteArray &json);

// This terminal's profiles (QSettings "printing/profiles").
QList<PrinterProfile> loadProfiles();
void saveProfiles(const QList<PrinterProfile> &profiles);

} // namespace kikan::client
