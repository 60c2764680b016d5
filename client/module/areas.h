// The catalogue of areas and actions as the client names them (the same codes as GET /admin/rights),
// with their Japanese names through tr(), so the navigation can be built before any request.
#pragma once

#include <QList>
#include <QString>

namespace kikan::client {

struct StaffUser;

struct AreaInfo {
    enum class Kind { Business, Common, Platform };
    QString code; // e.g. "resident"
    Kind kind;
    QString name() const; // translated, e.g. 住民記録
};

struct ActionInfo {
    QString code; // e.g. "view"
    QString name() const; // translated, e.g. 照会
};

// All areas in menu order: the 20 standard business areas, the common functions, admin, audit.
const QList<AreaInfo> &allAreas();
// The actions in matrix order; "my_number" is last (shown apart as 個人番号の閲覧).
const QList<ActionInfo> &allActions();
// The translated name of an area or action code; the code itself when unknown.
QString areaName(const QString &code);
QString actionName(const QString &code);
// The areas in which the user has any right, in menu order.
QList<AreaInfo> permittedAreas(const StaffUser &user);

} // namespace kikan::client
