// Area and action names. The order follows the 20 standard business areas (標準化対象20業務), then
// the common functions, then administration and audit.
#include "areas.h"

#include "client/net/user.h"

#include <QCoreApplication>

namespace kikan::client {

namespace {
struct Named {
    const char *code;
    const char *name;
};

const Named kAreaNames[] = {
    {"resident", QT_TRANSLATE_NOOP("kikan::client::Areas", "Resident registry")},
    {"electoral_roll", QT_TRANSLATE_NOOP("kikan::client::Areas", "Electoral roll")},
    {"property_tax", QT_TRANSLATE_NOOP("kikan::client::Areas", "Property tax")},
    {"resident_tax", QT_TRANSLATE_NOOP("kikan::client::Areas", "Individual resident tax")},
    {"corporate_resident_tax",
     QT_TRANSLATE_NOOP("kikan::client::Areas", "Corporate resident tax")},
    {"light_vehicle_tax", QT_TRANSLATE_NOOP("kikan::client::Areas", "Light vehicle tax")},
    {"school_enrolment", QT_TRANSLATE_NOOP("kikan::client::Areas", "School enrolment")},
    {"national_pension", QT_TRANSLATE_NOOP("kikan::client::Areas", "National pension")},
    {"national_health_insurance",
     QT_TRANSLATE_NOOP("kikan::client::Areas", "National health insurance")},
    {"elderly_medical_care",
     QT_TRANSLATE_NOOP("kikan::client::Areas", "Medical care for the elderly")},
    {"long_term_care", QT_TRANSLATE_NOOP("kikan::client::Areas", "Long-term care insurance")},
    {"disability_welfare", QT_TRANSLATE_NOOP("kikan::client::Areas", "Disability welfare")},
    {"public_assistance", QT_TRANSLATE_NOOP("kikan::client::Areas", "Public assistance")},
    {"health_care", QT_TRANSLATE_NOOP("kikan::client::Areas", "Health care")},
    {"child_allowance", QT_TRANSLATE_NOOP("kikan::client::Areas", "Child allowance")},
    {"child_rearing_allowance",
     QT_TRANSLATE_NOOP("kikan::client::Areas", "Child-rearing allowance")},
    {"childcare_support", QT_TRANSLATE_NOOP("kikan::client::Areas", "Childcare support")},
    {"family_register", QT_TRANSLATE_NOOP("kikan::client::Areas", "Family register")},
    {"family_register_annex",
     QT_TRANSLATE_NOOP("kikan::client::Areas", "Family register annex")},
    {"seal_registration", QT_TRANSLATE_NOOP("kikan::client::Areas", "Seal registration")},
    {"non_resident", QT_TRANSLATE_NOOP("kikan::client::Areas", "Non-residents")},
    {"integrated_party", QT_TRANSLATE_NOOP("kikan::client::Areas", "Integrated party numbers")},
    {"revenue", QT_TRANSLATE_NOOP("kikan::client::Areas", "Revenue")},
    {"arrears", QT_TRANSLATE_NOOP("kikan::client::Areas", "Arrears")},
    {"bank_account", QT_TRANSLATE_NOOP("kikan::client::Areas", "Bank accounts")},
    {"application", QT_TRANSLATE_NOOP("kikan::client::Areas", "Applications")},
    {"admin", QT_TRANSLATE_NOOP("kikan::client::Areas", "System administration")},
    {"audit", QT_TRANSLATE_NOOP("kikan::client::Areas", "Audit logs")},
    {"migration", QT_TRANSLATE_NOOP("kikan::client::Areas", "Data migration")},
};
constexpr int kBusinessAreas = 20;
constexpr int kCommonEnd = 26;

const Named kActionNames[] = {
    {"view", QT_TRANSLATE_NOOP("kikan::client::Areas", "View")},
    {"update", QT_TRANSLATE_NOOP("kikan::client::Areas", "Update")},
    {"issue", QT_TRANSLATE_NOOP("kikan::client::Areas", "Issue")},
    {"print", QT_TRANSLATE_NOOP("kikan::client::Areas", "Print")},
    {"administer", QT_TRANSLATE_NOOP("kikan::client::Areas", "Administer")},
    {"protected", QT_TRANSLATE_NOOP("kikan::client::Areas", "View protected persons")},
    {"my_number", QT_TRANSLATE_NOOP("kikan::client::Areas", "View My Number")},
};

QString translated(const Named *begin, const Named *end, const QString &code)
{
    for (const Named *n = begin; n != end; ++n) {
        if (code == QLatin1String(n->code))
            return QCoreApplication::translate("kikan::client::Areas", n->name);
    }
    return code;
}
} // namespace

QString AreaInfo::name() const
{
    return areaName(code);
}

QString ActionInfo::name() const
{
    return actionName(code);
}

const QList<AreaInfo> &allAreas()
{
    static const QList<AreaInfo> areas = [] {
        QList<AreaInfo> list;
        int i = 0;
        for (const Named &n : kAreaNames) {
            const auto kind = i < kBusinessAreas ? AreaInfo::Kind::Business
                              : i < kCommonEnd   ? AreaInfo::Kind::Common
                                                 : AreaInfo::Kind::Platform;
            list.append({QString::fromLatin1(n.code), kind});
            ++i;
        }
        return list;
    }();
    return areas;
}

const QList<ActionInfo> &allActions()
{
    static const QList<ActionInfo> actions = [] {
        QList<ActionInfo> list;
        for (const Named &n : kActionNames)
            list.append({QString::fromLatin1(n.code)});
        return list;
    }();
    return actions;
}

QString areaName(const QString &code)
{
    return translated(std::begin(kAreaNames), std::end(kAreaNames), code);
}

QString actionName(const QString &code)
{
    return translated(std::begin(kActionNames), std::end(kActionNames), code);
}

QList<AreaInfo> permittedAreas(const StaffUser &user)
{
    QList<AreaInfo> out;
    for (const AreaInfo &a : allAreas()) {
        if (user.hasAnyIn(a.code))
            out.append(a);
    }
    return out;
}

} // namespace kikan::client
