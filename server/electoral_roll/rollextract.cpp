// The 抄本 as PDF and CSV (rollextract.h).
#include "rollextract.h"

#include "server/core/failure.h"
#include "server/migration/glyphcsv.h"
#include "server/resident/certificate/certificaterequest.h"
#include "shared/api/electoral_roll/errors.h"
#include "shared/core/wareki.h"
#include "shared/forms/formlayout.h"
#include "shared/forms/formrenderer.h"

namespace kikan::electoral_roll {

using namespace Qt::Literals::StringLiterals;

namespace {
QString wareki(QDate date)
{
    const auto w = core::WarekiDate::fromDate(date);
    return w.ok() ? w.value().toLongString() : date.toString(Qt::ISODate);
}

QString sexName(const QString &code)
{
    return code == "1"_L1 ? u"男"_s : code == "2"_L1 ? u"女"_s : u"不明"_s;
}

QString fullName(const Registration &r)
{
    return r.familyName + QChar(0x3000) + r.givenName;
}

QString kanaName(const Registration &r)
{
    return r.familyNameKana + QChar(0x3000) + r.givenNameKana;
}
} // namespace

QString markNote(const Registration &r, QDate asOf)
{
    if (!r.markedOn.isValid() || r.markedOn > asOf)
        return {};
    const QString what = r.markReason == "removed"_L1 ? u"職権消除"_s : u"転出"_s;
    return u"%1 %2（抹消予定 %3）"_s.arg(what, wareki(r.markedOn), wareki(r.removalDueOn));
}

QByteArray extractPdf(const District &district, QDate asOf, const QList<Registration> &rows)
{
    static const auto layout =
        forms::FormLayout::load(u":/electoral_roll/forms/electoral-roll-extract.json"_s);
    if (!layout.ok())
        throw core::Failure(api::err::ElectoralCannotPrint, layout.error().message);
    const int perPage = layout.value().capacity(u"electors"_s);
    const resident::TownData town = resident::TownData::load();
    const int pageCount = qMax(1, int((rows.size() + perPage - 1) / perPage));
    QList<forms::PageData> pages;
    for (int p = 0; p < pageCount; ++p) {
        forms::PageData page;
        page.values = {{u"title"_s, u"選挙人名簿抄本"_s},
                       {u"district"_s, district.name
                                           + (district.pollingPlace.isEmpty()
                                                  ? QString()
                                                  : u"（投票所 %1）"_s.arg(district.pollingPlace))},
                       {u"asOf"_s, u"%1現在"_s.arg(wareki(asOf))},
                       {u"issuer"_s, town.municipality + u"選挙管理委員会"_s},
                       {u"page"_s, u"%1 / %2 頁　登録者 %3 人"_s.arg(p + 1).arg(pageCount)
                                       .arg(rows.size())}};
        QList<forms::Values> lines;
        for (int i = p * perPage; i < qMin(int(rows.size()), (p + 1) * perPage); ++i) {
            const Registration &r = rows.at(i);
            lines.append({{u"no"_s, QString::number(i + 1)},
                          {u"address"_s, r.address},
                          {u"name"_s, fullName(r)},
                          {u"kana"_s, kanaName(r)},
                          {u"birthDate"_s, wareki(r.birthDate)},
                          {u"sex"_s, sexName(r.sex)},
                          {u"note"_s, markNote(r, asOf)}});
        }
        page.rows.insert(u"electors"_s, lines);
        pages.append(page);
    }
    const auto pdf = forms::FormRenderer(layout.value())
                         .renderPdf(pages, {}, u"選挙人名簿抄本 %1"_s.arg(district.name));
    if (!pdf.ok())
        throw core::Failure(api::err::ElectoralCannotPrint, pdf.error().message);
    return pdf.value();
}

QByteArray extractCsv(const District &district, QDate asOf, const QList<Registration> &rows)
{
    using migration::csvField;
    QString out = u"投票区,番号,町字コード,住所,氏名,フリガナ,生年月日,性別,登録日,表示,宛名番号\r\n"_s;
    int no = 0;
    for (const Registration &r : rows) {
        const QStringList cells{QString::number(district.no), QString::number(++no),
                                r.townAreaCode, r.address, fullName(r), kanaName(r),
                                r.birthDate.toString(Qt::ISODate), sexName(r.sex),
                                r.registeredOn.toString(Qt::ISODate), markNote(r, asOf),
                                QString::number(r.partyNo)};
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvField(c);
        out += quoted.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

} // namespace kikan::electoral_roll
