// The client side of an area module: the pages an area adds to the main window, each with the
// right that opens it. An area folder defines `QList<AreaEntry> <area>::areaModule()` in its
// module.cpp and is listed once in client/app/modulelist.h (docs/client.md "Adding a client area").
#pragma once

#include "shared/api/errorcode.h"

#include <QList>
#include <QString>

#include <type_traits>

class QWidget;

namespace kikan::client {

class ApiClient;
class CardReader;

// What a page may use: the one API client, the terminal's card reader (null when there is none)
// and the parent the page is created under (the main window).
struct PageContext {
    ApiClient *api = nullptr;
    CardReader *reader = nullptr;
    QWidget *parent = nullptr;
};

// One navigation entry: the page of `area` (a code of resources/rights/catalogue.json), shown to
// a staff member who holds `area:action`. Staff with other rights in the area see the generic
// AreaPage instead; staff with none do not see the area at all.
struct AreaEntry {
    QString area;   // e.g. "resident"
    QString action; // e.g. "view"
    QWidget *(*createPage)(const PageContext &context) = nullptr;
    // The area's error codes (shared/api/<area>/errors.h): registered when the modules are listed,
    // so a problem without a title still shows the area's own Japanese message.
    QList<api::ErrorInfo> errors;

    QString right() const { return area + QLatin1Char(':') + action; }
};

// The entry for a page type constructed as `Page(api, parent)` or `Page(api, reader, parent)`.
template <typename Page>
AreaEntry pageEntry(const char *area, const char *action)
{
    return {QString::fromLatin1(area), QString::fromLatin1(action),
            [](const PageContext &c) -> QWidget * {
                if constexpr (std::is_constructible_v<Page, ApiClient *, CardReader *, QWidget *>)
                    return new Page(c.api, c.reader, c.parent);
                else
                    return new Page(c.api, c.parent);
            }};
}

} // namespace kikan::client
