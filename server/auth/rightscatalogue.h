// The catalogue of rights: business areas × actions, read from resources/rights/catalogue.json
// (compiled in as :/rights/catalogue.json). A right is written "area:action".
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kikan::auth {

struct CatalogueEntry {
    QString code;
    QString name; // Japanese, for staff
    int order = 0;
};

class RightsCatalogue
{
public:
    // The compiled-in catalogue (loaded once, then shared; thread-safe).
    static const RightsCatalogue &instance();

    const QList<CatalogueEntry> &areas() const { return m_areas; }
    const QList<CatalogueEntry> &actions() const { return m_actions; }
    bool isKnown(const QString &right) const; // "area:action"
    // {areas:[{code,name}], actions:[{code,name}]} in display order (GET /admin/rights).
    QJsonObject toJson() const;

private:
    RightsCatalogue();
    QList<CatalogueEntry> m_areas;
    QList<CatalogueEntry> m_actions;
};

} // namespace kikan::auth
