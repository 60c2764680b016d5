// Filled pages as JSON (media type application/vnd.kikan.pages+json): what the server prepared
// for a form — the layout's file name and digest, and every page's values, repeat rows and images
// (base64, byte for byte) — so that a client draws the very pages the server's PDF holds with the
// same engine, on screen and on its own printer (docs/forms.md "Pages as data", issue 17).
#pragma once

#include "formdata.h"
#include "formlayout.h"

#include "shared/core/error.h"

#include <QJsonObject>
#include <QStringList>

namespace kikan::forms {

inline constexpr char PagesMediaType[] = "application/vnd.kikan.pages+json";

namespace err {
inline constexpr char PagesInvalid[] = "forms.pages_invalid";     // not a page set we can read
inline constexpr char LayoutMismatch[] = "forms.layout_mismatch"; // our copy of the layout differs
} // namespace err

// The layout (file name under resources/forms, SHA-256 of its bytes) and the pages.
struct PageSet {
    QString layout;
    QString layoutDigest;
    QList<PageData> pages;
};

// One page: {"values": {…}, "rows": {source: [{…}]}, "images": {key: base64}}; `leaveOut`
// keys are dropped from values and rows, images only when `withImages` (the digest's form).
QJsonObject pageToJson(const PageData &page, const QStringList &leaveOut = {},
                       bool withImages = true);

// {"format": "kikan-pages", "version": 1, "layout", "layoutDigest", "pages": [...]}.
QJsonObject pageSetToJson(const PageSet &set);
// The set back; forms.pages_invalid naming the first wrong item.
core::Result<PageSet> pageSetFromJson(const QJsonObject &json);

// The page set of the layout file at `layoutPath` (a file or a Qt resource) filled with `pages`:
// its file name and the SHA-256 of its bytes.
PageSet pageSetOf(const QString &layoutPath, const QList<PageData> &pages);

// The layout a page set names, read from `formsDir` (e.g. ":/kikan/forms/"), checked against the
// set's digest: forms.layout_mismatch when this program's copy is another version.
core::Result<FormLayout> layoutOf(const PageSet &set, const QString &formsDir);

} // namespace kikan::forms
