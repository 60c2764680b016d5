// The 全銀 bank and branch master (金融機関・店舗マスタ) from the npm package zengin-code (MIT; the
// version string is the data date, pinned in server/bank_account/CMakeLists.txt), embedded at
// build time as :/bank_account/zengin-code.tsv and read once at start. Names are kept as the
// package has them (漢字 and full-width kana); zenginName() gives the 全銀 半角カナ the files need.
#pragma once

#include "shared/core/error.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kikan::bank_account {

struct Branch {
    QString code;   // 店舗コード (3)
    QString name;   // 漢字
    QString kana;   // full-width katakana as in the package
};

struct Bank {
    QString code;   // 金融機関コード (4)
    QString name;
    QString kana;
    QHash<QString, Branch> branches;
};

class BankDirectory
{
public:
    // Reads the TSV written by scripts/bank_account/zengin-tsv.js; a line that does not fit is
    // an error naming it (a broken build).
    static core::Result<BankDirectory> fromTsv(const QByteArray &tsv);
    // The master compiled in; throws std::runtime_error when it is missing or broken.
    static const BankDirectory &builtIn();

    QString version() const { return m_version; }
    qsizetype bankCount() const { return m_banks.size(); }
    qsizetype branchCount() const { return m_branchCount; }
    std::optional<Bank> bank(const QString &code) const;
    std::optional<Branch> branch(const QString &bankCode, const QString &branchCode) const;
    // Banks whose code starts with, or whose name or kana contains, `text` (at most `limit`).
    QList<Bank> searchBanks(const QString &text, int limit = 50) const;

private:
    QString m_version;
    QHash<QString, Bank> m_banks;
    qsizetype m_branchCount = 0;
};

// A name of the master in the 全銀 set (半角カナ; small kana written large, as the banks print it).
// A character the set lacks is replaced by a space: the master's names are the banks' own.
QString zenginName(const QString &kana);

} // namespace kikan::bank_account
