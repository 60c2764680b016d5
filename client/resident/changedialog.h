// The 異動 entry dialog (転入, 転居, 転出 — docs/resident.md "異動 catalogue"): the shared
// ChangeForm, POST /api/v1/resident/changes/<kind>, the server's 422 messages under the fields
// they name, and on 409 (another counter changed the household first) the message with a button
// that closes the dialog so the 照会 is read again.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace kikan::client {

class ApiClient;
class ChangeForm;

class ChangeDialog : public QDialog
{
    Q_OBJECT
public:
    // The dialog's result when staff chose to read the record again after a conflict.
    static constexpr int ReloadRequested = 2;

    // household: the 照会's household (number, version, members); empty for 転入.
    ChangeDialog(ApiClient *api, const QString &kind, const QJsonObject &household,
                 QWidget *parent = nullptr);

    ChangeForm *form() const { return m_form; }
    // Sends the form (what OK and Enter do).
    void submit();
    // The server's answer to a successful change (changeId, partyNos, households, warnings).
    const QJsonObject &answer() const { return m_answer; }
    QString errorText() const;
    QPushButton *reloadButton() const { return m_reload; }
    static QString kindName(const QString &kind);

Q_SIGNALS:
    void codesLoaded();
    void answered(); // the server answered a submit (success or refusal)

private:
    ApiClient *m_api;
    QString m_kind;
    ChangeForm *m_form;
    QLabel *m_error;
    QPushButton *m_reload;
    QPushButton *m_ok;
    QJsonObject m_answer;
};

} // namespace kikan::client
