// Filling the certificate layouts from resident records (see certificaterenderer.h). Which layout,
// title and 認証文 each kind uses is data: resources/forms/certificates.json and the town's
// resources/town/town.json.
#include "certificaterenderer.h"

#include "certificatefields_p.h"
#include "shared/core/wareki.h"
#include "shared/api/resident/errors.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kikan::resident {

namespace {

const QString kFormsDir = QStringLiteral(":/kikan/forms/");

core::Error error(const char *code, const QString &message)
{
    return core::Error{QString::fromLatin1(code), message};
}

struct KindSetup {
    forms::FormLayout layout;
    QString title;
    QString certification;
    QString layoutPath;
};

core::Result<KindSetup> setupFor(const CertificateRequest &request)
{
    QFile file(kFormsDir + QStringLiteral("certificates.json"));
    file.open(QIODevice::ReadOnly);
    const QJsonObject kinds = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject kind = kinds.value(certificateKindName(request.kind)).toObject();
    if (kind.isEmpty())
        return error(err::CertificateLayout, QStringLiteral("証明書の設定がありません"));
    const QString layoutFile = kind.value(QStringLiteral("layout")).toString();
    auto layout = forms::FormLayout::load(kFormsDir + layoutFile);
    if (!layout.ok())
        return error(err::CertificateLayout, layout.error().message);
    QString textKey = kind.value(QStringLiteral("certification")).toString();
    if (!request.options.wholeHousehold && kind.contains(QStringLiteral("certificationPartial")))
        textKey = kind.value(QStringLiteral("certificationPartial")).toString();
    const QString text = request.town.certificationTexts.value(textKey);
    if (text.isEmpty()) {
        return error(err::CertificateLayout,
                     QStringLiteral("町の認証文 %1 がありません (town.json)").arg(textKey));
    }
    return KindSetup{layout.value(), kind.value(QStringLiteral("title")).toString(), text,
                     kFormsDir + layoutFile};
}

std::optional<core::Error> checkRequest(const CertificateRequest &request,
                                        const QList<ResidentRecord> &records)
{
    if (records.isEmpty())
        return error(err::CertificateNoRecords, QStringLiteral("証明する住民票がありません"));
    if (!request.issueDate.isValid() || request.serialNumber.isEmpty()) {
        return error(err::CertificateRequestInvalid,
                     QStringLiteral("証明日と発行番号が必要です"));
    }
    if (request.options.myNumber && request.options.myNumberReason.trimmed().isEmpty()) {
        return error(err::CertificateMyNumberReason,
                     QStringLiteral("個人番号の記載には利用目的の確認が必要です"));
    }
    const bool perHousehold = request.kind == CertificateKind::HouseholdCopy
                              || request.kind == CertificateKind::MoveOutCertificate;
    if (request.options.history && perHousehold) {
        return error(err::CertificateHistoryNotAllowed,
                     QStringLiteral("世帯連記式には異動履歴を記載できません (個人票で請求)"));
    }
    for (const ResidentRecord &r : records) {
        if (perHousehold && r.householdNo != records.first().householdNo) {
            return error(err::CertificateMixedHouseholds,
                         QStringLiteral("世帯の異なる住民票は連記できません"));
        }
        if (!perHousehold && r.partyNo != records.first().partyNo) {
            return error(err::CertificateMixedParties,
                         QStringLiteral("個人票は一人ずつ発行します"));
        }
    }
    return std::nullopt;
}

QString longDate(QDate date)
{
    const auto wareki = core::WarekiDate::fromDate(date);
    return wareki.ok() ? wareki->toLongString() : QString();
}

forms::Values pageValues(const CertificateRequest &request, const KindSetup &setup)
{
    forms::Values v;
    v[QStringLiteral("title")] = setup.title;
    v[QStringLiteral("certification")] = setup.certification;
    v[QStringLiteral("issueDate")] = longDate(request.issueDate);
    // 標準仕様書 5.6: the 職名 is printed with the prefecture's name (鳥取県琴浦町長).
    const TownData &town = request.town;
    v[QStringLiteral("issuerTitle")] = town.issuerTitle.startsWith(town.prefecture)
                                           ? town.issuerTitle
                                           : town.prefecture + town.issuerTitle;
    v[QStringLiteral("issuerName")] = request.town.issuerName;
    v[QStringLiteral("serial")] = request.serialNumber;
    v[QStringLiteral("moveOutDate")] = detail::printedDate(request.moveOutDate,
                                                           ResidentKind::Japanese);
    v[QStringLiteral("myNumberReason")] = QString(); // never printed; kept out of the log too
    return v;
}

QString removalReason(ResidentStatus status)
{
    switch (status) {
    case ResidentStatus::MovedOut:
        return QStringLiteral("転出");
    case ResidentStatus::Deceased:
        return QStringLiteral("死亡");
    case ResidentStatus::Removed:
        return QStringLiteral("職権消除");
    case ResidentStatus::Resident:
        break;
    }
    return QString();
}

void numberPages(QList<forms::PageData> &pages)
{
    for (qsizetype i = 0; i < pages.size(); ++i) {
        forms::Values &v = pages[i].values;
        v[QStringLiteral("pageNo")] = QString::number(i + 1);
        v[QStringLiteral("pageCount")] = QString::number(pages.size());
        v[QStringLiteral("page")] = QStringLiteral("%1／%2").arg(i + 1).arg(pages.size());
        // A continuation page says so; only the last page carries the 認証文 (標準仕様書 5.1:
        // 複葉にわたる場合は、最終ページのみに認証文).
        const bool last = i + 1 == pages.size();
        v[QStringLiteral("continued")] = last ? QString() : QStringLiteral("次頁へ続く");
        if (!last)
            v[QStringLiteral("certification")] = QString();
    }
}

core::Result<QList<forms::PageData>> householdPages(const CertificateRequest &request,
                                                    const KindSetup &setup,
                                                    QList<ResidentRecord> people)
{
    std::stable_sort(people.begin(), people.end(), [](const auto &a, const auto &b) {
        return a.entryOrder < b.entryOrder;
    });
    const int perPage = setup.layout.capacity(QStringLiteral("persons"));
    if (perPage < 1)
        return error(err::CertificateLayout, QStringLiteral("様式に persons 欄がありません"));
    auto address = detail::printedAddress(people.first(), request.town);
    if (!address.ok())
        return address.error();
    forms::Values base = pageValues(request, setup);
    base[QStringLiteral("address")] = address.value();
    base[QStringLiteral("destinationAddress")] = people.first().destinationAddress;
    base[QStringLiteral("householder")] = QString();
    for (const ResidentRecord &r : people) {
        if (r.isHouseholder())
            base[QStringLiteral("householder")] = r.fullName();
    }
    if (!request.options.relationship)
        base[QStringLiteral("householder")].clear(); // 世帯主の氏名及び続柄: on request only
    QList<forms::PageData> pages;
    for (qsizetype i = 0; i < people.size(); i += perPage) {
        forms::PageData page;
        page.values = base;
        for (qsizetype j = i; j < std::min(people.size(), i + perPage); ++j) {
            page.rows[QStringLiteral("persons")]
                << detail::personValues(people[j], request, address.value());
        }
        pages << page;
    }
    return pages;
}

core::Result<QList<forms::PageData>> individualPages(const CertificateRequest &request,
                                                     const KindSetup &setup,
                                                     QList<ResidentRecord> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.validFrom < b.validFrom;
    });
    const ResidentRecord current = rows.takeLast();
    const bool removed = current.status != ResidentStatus::Resident;
    if (request.kind == CertificateKind::RemovedCopy && !removed) {
        return error(err::CertificateNotRemoved,
                     QStringLiteral("消除されていない住民票は除票として証明できません"));
    }
    if (request.kind != CertificateKind::RemovedCopy && removed) {
        return error(err::CertificateNotResident,
                     QStringLiteral("消除された住民票は除票の写しとして発行します"));
    }
    auto address = detail::printedAddress(current, request.town);
    if (!address.ok())
        return address.error();
    forms::Values base = pageValues(request, setup);
    base.insert(detail::personValues(current, request, address.value()));
    base[QStringLiteral("householder")] =
        request.options.relationship ? request.householderName : QString();
    base[QStringLiteral("history")] = request.options.history ? QStringLiteral("1") : QString();
    base[QStringLiteral("removalDate")] = QString();
    base[QStringLiteral("removalReason")] = QString();
    if (removed) {
        base[QStringLiteral("removalDate")] =
            detail::printedDate(current.validFrom, ResidentKind::Japanese);
        base[QStringLiteral("removalReason")] = removalReason(current.status);
    }
    QList<forms::Values> history;
    if (request.options.history) {
        for (const ResidentRecord &r : rows) {
            auto at = detail::printedAddress(r, request.town);
            history << forms::Values{
                {QStringLiteral("changeDate"),
                 detail::printedDate(r.validFrom, ResidentKind::Japanese)},
                {QStringLiteral("name"), r.fullName()},
                {QStringLiteral("address"), at.ok() ? at.value() : QString()},
                {QStringLiteral("relationship"),
                 request.options.relationship ? r.relationshipText : QString()}};
        }
    }
    const int perPage = std::max(1, setup.layout.capacity(QStringLiteral("history")));
    QList<forms::PageData> pages;
    for (qsizetype i = 0; i == 0 || i < history.size(); i += perPage) {
        forms::PageData page;
        page.values = base;
        if (setup.layout.capacity(QStringLiteral("history")) > 0)
            page.rows[QStringLiteral("history")] = history.mid(i, perPage);
        pages << page;
    }
    return pages;
}

} // namespace

QString certificateKindName(CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::HouseholdCopy:
        return QStringLiteral("household_copy");
    case CertificateKind::IndividualCopy:
        return QStringLiteral("individual_copy");
    case CertificateKind::EntryCertificate:
        return QStringLiteral("entry_certificate");
    case CertificateKind::RemovedCopy:
        return QStringLiteral("removed_copy");
    case CertificateKind::MoveOutCertificate:
        return QStringLiteral("move_out_certificate");
    }
    return QString();
}

core::Result<PreparedCertificate> prepareCertificate(const CertificateRequest &request,
                                                     const QList<ResidentRecord> &records)
{
    if (auto failure = checkRequest(request, records))
        return *failure;
    auto setup = setupFor(request);
    if (!setup.ok())
        return setup.error();
    core::Result<QList<forms::PageData>> pages = QList<forms::PageData>();
    if (request.kind == CertificateKind::MoveOutCertificate) {
        for (const ResidentRecord &r : records) {
            if (r.destinationAddress.isEmpty()) {
                return error(err::CertificateNoDestination,
                             QStringLiteral("%1 の転出先がありません").arg(r.fullName()));
            }
        }
    }
    if (request.kind == CertificateKind::HouseholdCopy
        || request.kind == CertificateKind::MoveOutCertificate) {
        pages = householdPages(request, setup.value(), records);
    } else {
        pages = individualPages(request, setup.value(), records);
    }
    if (!pages.ok())
        return pages.error();
    PreparedCertificate prepared{forms::FormRenderer(setup->layout), pages.value(), {},
                                 setup->layoutPath};
    numberPages(prepared.pages);

    IssuedCertificate &issued = prepared.issued;
    issued.kind = request.kind;
    issued.options = request.options;
    issued.serialNumber = request.serialNumber;
    issued.issueDate = request.issueDate;
    issued.pageCount = int(prepared.pages.size());
    issued.subjectPartyNo = records.first().partyNo;
    for (const ResidentRecord &r : records) {
        if (r.isHouseholder() && request.kind == CertificateKind::HouseholdCopy)
            issued.subjectPartyNo = r.partyNo;
        if (!issued.partyNos.contains(r.partyNo))
            issued.partyNos << r.partyNo;
    }
    return prepared;
}

core::Result<RenderedCertificate> renderCertificatePdf(const CertificateRequest &request,
                                                       const QList<ResidentRecord> &records)
{
    auto prepared = prepareCertificate(request, records);
    if (!prepared.ok())
        return prepared.error();
    const QString title = prepared->pages.first().values.value(QStringLiteral("title"));
    auto pdf = prepared->renderer.renderPdf(prepared->pages, {}, title);
    if (!pdf.ok())
        return pdf.error();
    return RenderedCertificate{pdf.value(), prepared->issued,
                               forms::pageSetOf(prepared->layoutPath, prepared->pages)};
}

} // namespace kikan::resident
