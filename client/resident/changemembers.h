// The members of a household in a 異動 form: one line per member — a check box (who moves, who
// leaves; or just the name) and a 続柄 box for the new relationship to the 世帯主 ("no change"
// first). Tab walks check box, 続柄, next member; typing a code ("20") picks it in the box.
// Used by 世帯変更, 死亡 and 職権消除 (the others' 続柄 when the 世帯主 leaves).
#pragma once

#include <QJsonArray>
#include <QScrollArea>

class QCheckBox;
class QComboBox;
class QGridLayout;

namespace kikan::client {

class MemberChoice : public QScrollArea
{
    Q_OBJECT
public:
    explicit MemberChoice(QWidget *parent = nullptr);

    // codes.relationships of GET /resident/codes ([{code, name}]).
    void setRelationshipCodes(const QJsonArray &codes);
    // Household members (照会's household.members); only 住民; `except` left out; checkable:
    // the check boxes can be ticked (else they only name the member).
    void setMembers(const QJsonArray &members, bool checkable, qint64 except = 0);

    int count() const { return int(m_rows.size()); }
    qint64 partyNo(int row) const { return m_rows.at(row).partyNo; }
    int rowOf(qint64 partyNo) const;
    QCheckBox *checkBox(int row) const { return m_rows.at(row).check; }
    QComboBox *relationshipBox(int row) const { return m_rows.at(row).relationship; }
    // Picks the new 続柄 of a member by code ("02").
    bool setNewRelationship(qint64 partyNo, const QString &code);

    QList<qint64> checkedParties() const;
    // [{partyNo, relationshipCode}] of the members whose 続柄 is to change.
    QJsonArray relationships() const;
    // Whether a member gets a new 続柄.
    bool hasNewRelationship(int row) const;
    // "髙橋　太郎 → 世帯主、…" for the confirmation.
    QString summaryText() const;
    QString currentRelationship(int row) const { return m_rows.at(row).current; }

Q_SIGNALS:
    void edited(); // a box was ticked or a 続柄 chosen

private:
    struct Row {
        qint64 partyNo;
        QString name;
        QString current;
        QCheckBox *check;
        QComboBox *relationship;
    };
    QJsonArray m_codes;
    QWidget *m_inner;
    QGridLayout *m_grid;
    QList<Row> m_rows;
    bool m_checkable = false;
};

} // namespace kikan::client
