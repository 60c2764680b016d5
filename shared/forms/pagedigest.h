// The content hash of a filled form: SHA-256 over the values and rows of every page in a canonical
// JSON form (keys sorted, pages in order). What a certificate's verification code signs
// (shared/verification): the same pages always give the same hash, any changed value another.
#pragma once

#include "formdata.h"

#include <QByteArray>
#include <QStringList>

namespace kikan::forms {

// `leaveOut`: keys not hashed (the verification code itself, printed on the same page).
QByteArray pagesDigest(const QList<PageData> &pages, const QStringList &leaveOut = {});

} // namespace kikan::forms
