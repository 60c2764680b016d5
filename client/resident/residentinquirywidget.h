// 住民票の照会: one person as of a date (処理日 unless another 基準日 is typed), with every
// standard item (STANDARDS.md 住民記録; 個人番号 as the server sent it, masked without the right),
// the household's members, the history rows with their 異動 (superseded rows marked 訂正済) and a
// warning banner for 支援措置, 除票 and 外国人住民. GET /api/v1/resident/persons/{partyNo}.
// Its parts: the items in ResidentPersonPanel, the household and history in inquirytables.h.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kikan::client {

class ApiClient;
class HouseholdMemberTable;
class ResidentHistoryTable;
class ResidentPersonPanel;

class ResidentInquiryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ResidentInquiryWidget(ApiClient *api, QWidget *parent = nullptr);

    // Loads the person as of date (invalid: the server's 処理日).
    void load(qint64 partyNo, QDate date = {});
    // Loads the shown person again (after a 異動 or a conflict).
    void reload();
    // Shows an inquiry answer.
    void showInquiry(const QJsonObject &answer);

    qint64 partyNo() const { return m_partyNo; }
    const QJsonObject &inquiry() const { return m_inquiry; }
    QTableWidget *householdTable() const;
    QTableWidget *historyTable() const;
    QLineEdit *dateEdit() const { return m_date; }
    QPushButton *certificateButton() const { return m_certificate; }
    QString bannerText() const;
    QString itemText(const QString &key) const; // the shown value of a person item
    QString errorText() const;
    // The action that asks for a 異動 of the shown person or household (kind path as in
    // ChangeDialog); each has a keyboard shortcut and sits in the 異動 menu.
    QAction *changeAction(const QString &kind) const { return m_changeActions.value(kind); }

Q_SIGNALS:
    void backRequested();
    void personChosen(qint64 partyNo);
    void changeRequested(const QString &kind); // "move-within", …
    void certificateRequested(); // 証明書の発行 (button or Ctrl+P)
    void loaded(); // an answer (or an error) is shown

private:
    QHBoxLayout *buildTopRow();
    void applyDate();
    void showError(const QString &message);
    void addChangeActions();
    void enableChanges(const QJsonObject &flags);
    void showBanner(const QJsonObject &flags, bool onDate, bool foreign);
    void showHousehold(const QJsonObject &household);

    ApiClient *m_api;
    qint64 m_partyNo = 0;
    QDate m_asOf;
    QJsonObject m_inquiry;
    QPushButton *m_back;
    QLabel *m_title;
    QLineEdit *m_date;
    QLabel *m_dateShown;
    QPushButton *m_moveWithin;
    QPushButton *m_changes;
    QHash<QString, QAction *> m_changeActions;
    QPushButton *m_certificate;
    QLabel *m_banner;
    QLabel *m_error;
    ResidentPersonPanel *m_person;
    QLabel *m_householdTitle;
    HouseholdMemberTable *m_household;
    ResidentHistoryTable *m_history;
};

} // namespace kikan::client
