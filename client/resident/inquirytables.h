// The two tables of 照会: the members of the household (the person viewed in bold; Enter or a
// double click opens a member) and the person's history rows with their 異動 (the row shown in
// bold, superseded rows struck out, grey and marked 訂正済). Names show their IVS variants.
#pragma once

#include <QTableWidget>

class QJsonArray;

namespace kikan::client {

class HouseholdMemberTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit HouseholdMemberTable(QWidget *parent = nullptr);

    // The members; the one with selfPartyNo is the person viewed.
    void showMembers(const QJsonArray &members, qint64 selfPartyNo);

Q_SIGNALS:
    void memberChosen(qint64 partyNo);
};

class ResidentHistoryTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit ResidentHistoryTable(QWidget *parent = nullptr);

    // The history rows; the one with shownHistoryNo is the state shown above.
    void showHistory(const QJsonArray &history, qint64 shownHistoryNo);
};

} // namespace kikan::client
