// The 異動 entry dialog for every kind (docs/resident.md "異動 catalogue"; docs/client.md "異動"):
// the kind's form (changeformbase.h), Enter checks it on the client (the messages under the
// fields) and shows the summary, Enter again sends POST /api/v1/resident/changes/<kind>, Esc goes
// back from the summary or cancels. The server's 422 messages go under the fields they name; on
// 409 (another counter changed the household or person first) the message with a button that
// closes the dialog so the 照会 is read again.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace kikan::client {

class ApiClient;
class ChangeForm;
class ChangeFormBase;

class ChangeDialog : public QDialog
{
    Q_OBJECT
public:
    // The dialog's result when staff chose to read the record again after a conflict.
    static constexpr int ReloadRequested = 2;

    // inquiry: the 照会 answer the change starts from (person, version, household, history);
    // empty for the 転入 kinds.
    ChangeDialog(ApiClient *api, const QString &kind, const QJsonObject &inquiry,
                 QWidget *parent = nullptr);

    // The form of the moves (転入・転居・転出), else nullptr.
    ChangeForm *form() const;
    // The form of any kind.
    ChangeFormBase *entryForm() const { return m_form; }
    // What Enter and the OK button do: on the form, the client checks and then the summary;
    // on the summary, submit().
    void confirm();
    // Whether the summary is shown (the next Enter sends).
    bool showsSummary() const;
    QString summaryText() const;
    // Sends the form as it is.
    void submit();
    // The server's answer to a successful change (changeId, partyNos, households, warnings).
    const QJsonObject &answer() const { return m_answer; }
    QString errorText() const;
    QPushButton *reloadButton() const { return m_reload; }
    const QString &kind() const { return m_kind; }
    static QString kindName(const QString &kind);
    // Every kind path the client enters.
    static QStringList kinds();

    void reject() override; // Esc: from the summary back to the form, else cancel

Q_SIGNALS:
    void codesLoaded();
    void answered(); // the server answered a submit (success or refusal)

private:
    QWidget *buildSummaryPage();
    void loadCodes();
    void showForm();
    void showErrors(const QList<QPair<QString, QString>> &fields, const QString &other);

    ApiClient *m_api;
    QString m_kind;
    ChangeFormBase *m_form;
    QStackedWidget *m_pages;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_reload;
    QPushButton *m_ok;
    QJsonObject m_answer;
};

} // namespace kikan::client
