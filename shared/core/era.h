// 元号 (Japanese eras): names, abbreviations, counter codes and first days, read once from the
// data file resources/codes/eras.json (compiled into kikan-shared as :/kikan/codes/eras.json).
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace kikan::core {

struct Era {
    int code = 0;         // 窓口の7桁入力の元号コード: 1 明治 … 5 令和
    QString name;         // 令和
    QString abbreviation; // R
    QString kanji;        // 令 (one-character abbreviation)
    QDate start;          // first day, Gregorian
};

// All eras, oldest first. Aborts at start-up if the data file is missing or malformed.
const QList<Era> &eras();
// The era in force on `date`, or nullptr before the first era (明治 1868-01-25).
const Era *eraOn(QDate date);
// The era after `era`, or nullptr for the current one.
const Era *nextEra(const Era &era);
// Look-ups; nullptr when unknown. Abbreviation is case-insensitive ("r" = "R").
const Era *eraByCode(int code);
const Era *eraByName(const QString &nameOrKanji);
const Era *eraByAbbreviation(const QString &abbreviation);

} // namespace kikan::core
