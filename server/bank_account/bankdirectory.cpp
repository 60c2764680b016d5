// The 全銀 bank and branch master read from the embedded TSV (bankdirectory.h).
#include "bankdirectory.h"

#include "shared/api/bank_account/errors.h"
#include "shared/text/zengin.h"

#include <QFile>

#include <algorithm>
#include <stdexcept>

namespace kikan::bank_account {

core::Result<BankDirectory> BankDirectory::fromTsv(const QByteArray &tsv)
{
    BankDirectory d;
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const QStringList f = QString::fromUtf8(lines.at(i)).split(u'\t');
        const auto broken = [&] {
            return core::Error{api::err::BankAccountMaster,
                               QStringLiteral("金融機関マスタの%1行目が読めません。").arg(i + 1)};
        };
        if (f.first() == QLatin1String("version") && f.size() == 2) {
            d.m_version = f.at(1);
        } else if (f.first() == QLatin1String("B") && f.size() == 4 && f.at(1).size() == 4) {
            d.m_banks.insert(f.at(1), Bank{f.at(1), f.at(2), f.at(3), {}});
        } else if (f.first() == QLatin1String("R") && f.size() == 5 && d.m_banks.contains(f.at(1))
                   && f.at(2).size() == 3) {
            d.m_banks[f.at(1)].branches.insert(f.at(2), Branch{f.at(2), f.at(3), f.at(4)});
            ++d.m_branchCount;
        } else {
            return broken();
        }
    }
    if (d.m_version.isEmpty() || d.m_banks.isEmpty())
        return core::Error{api::err::BankAccountMaster, QStringLiteral("金融機関マスタが空です。")};
    return d;
}

const BankDirectory &BankDirectory::builtIn()
{
    static const BankDirectory directory = [] {
        QFile file(QStringLiteral(":/bank_account/zengin-code.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("the 全銀 bank master :/bank_account/zengin-code.tsv is missing");
        auto read = fromTsv(file.readAll());
        if (!read)
            throw std::runtime_error(read.error().message.toStdString());
        return *read;
    }();
    return directory;
}

std::optional<Bank> BankDirectory::bank(const QString &code) const
{
    const auto it = m_banks.constFind(code);
    if (it == m_banks.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Branch> BankDirectory::branch(const QString &bankCode, const QString &branchCode) const
{
    const auto it = m_banks.constFind(bankCode);
    if (it == m_banks.constEnd())
        return std::nullopt;
    const auto b = it->branches.constFind(branchCode);
    if (b == it->branches.constEnd())
        return std::nullopt;
    return *b;
}

QList<Bank> BankDirectory::searchBanks(const QString &text, int limit) const
{
    QList<Bank> out;
    for (const Bank &b : m_banks) {
        if (b.code.startsWith(text) || b.name.contains(text) || b.kana.contains(text)) {
            Bank found = b;
            found.branches.clear();
            out.append(found);
        }
    }
    std::sort(out.begin(), out.end(), [](const Bank &a, const Bank &b) { return a.code < b.code; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QString zenginName(const QString &kana)
{
    QString out;
    for (const QChar c : kana) {
        const auto one = text::toZenginKana(QString(c));
        out += one ? *one : QStringLiteral(" ");
    }
    return out;
}

} // namespace kikan::bank_account
