// 世帯変更 (法第25条) for the 照会's household: 世帯主変更 (the new 世帯主 and the others' 続柄),
// 世帯分離 (who forms the new household, their 続柄 there and of those who stay) and 世帯合併
// (the household joined, read by its 世帯番号, and each member's 続柄 to its 世帯主).
#pragma once

#include "changeformbase.h"

namespace kikan::client {

class ApiClient;
class MemberChoice;

class HouseholdChangeForm : public ChangeFormBase
{
    Q_OBJECT
public:
    // kind: householder-change, household-split, household-merge.
    HouseholdChangeForm(ApiClient *api, const QString &kind, QWidget *parent = nullptr);
    void setCodes(const QJsonObject &codesAnswer) override;
    void setInquiry(const QJsonObject &inquiry) override;
    QJsonObject body() const override;
    FieldErrors check() const override;

    MemberChoice *members() const { return m_members; }
    QLineEdit *targetEdit() const { return m_target; }
    // Reads the household to join (世帯合併) by the number typed.
    void loadTarget();
    const QJsonObject &targetHousehold() const { return m_targetHousehold; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void targetLoaded(); // the household to join was read (or refused)

private:
    ApiClient *m_api;
    MemberChoice *m_members;
    QLineEdit *m_target = nullptr;
    QLabel *m_targetShown = nullptr;
    QJsonObject m_targetHousehold;
    QString m_requested; // the number last asked for
};

} // namespace kikan::client
