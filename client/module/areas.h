// The catalogue of areas and actions as the client names them: resources/rights/catalogue.json
// (the same file the server reads for GET /admin/rights), compiled in as :/client/rights/. Names,
// kinds and order come from that file, so the navigation can be built before any request.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kikan::client {

struct StaffUser;

struct AreaInfo {
    // The catalogue's "kind": standard (標準化対象20業務), common (共通機能), system (管理).
    enum class Kind { Business, Common, Platform };
    QString code; // e.g. "resident"
    Kind kind = Kind::Business;
    QString nameJa; // e.g. 住民記録
    QString nameEn; // e.g. Resident registry
    int order = 0;
    QString name() const; // in the UI language (see setNameLanguage)
};

struct ActionInfo {
    QString code; // e.g. "view"
    QString nameJa; // e.g. 照会
    QString nameEn;
    int order = 0;
    QString name() const; // in the UI language
};

// Areas and actions read from one catalogue file, each list sorted by its "order".
class AreaCatalogue
{
public:
    // The catalogue compiled into the client.
    static const AreaCatalogue &instance();
    // Reads a catalogue; an area of unknown kind is left out with a warning.
    static AreaCatalogue fromJson(const QByteArray &json);

    const QList<AreaInfo> &areas() const { return m_areas; }
    const QList<ActionInfo> &actions() const { return m_actions; }
    // The area or action of a code; null when the catalogue does not have it.
    const AreaInfo *area(const QString &code) const;
    const ActionInfo *action(const QString &code) const;

private:
    QList<AreaInfo> m_areas;
    QList<ActionInfo> m_actions;
};

// The language names are given in: "ja" (the default) or "en". installLanguage() sets it.
void setNameLanguage(const QString &language);

// All areas in menu order: the 20 standard business areas, the common functions, the system ones.
const QList<AreaInfo> &allAreas();
// The actions in matrix order; "my_number" is last (shown apart as 個人番号の利用).
const QList<ActionInfo> &allActions();
// The name of an area or action code in the UI language; the code itself when unknown.
QString areaName(const QString &code);
QString actionName(const QString &code);
// The areas in which the user has any right, in menu order.
QList<AreaInfo> permittedAreas(const StaffUser &user);

} // namespace kikan::client
