// What the counter asks for on a resident certificate (docs/resident.md "証明書の発行"): the kind
// (住民票の写し 世帯連記式・個人票, 住民票記載事項証明書, 除票の写し, 転出証明書), 世帯全員 or the
// members ticked for 世帯の一部 (the person viewed ticked first), the 法第12条第5項 items printed
// only on request (個人番号 only with the right and a reason), who asks (本人, 同一世帯, 第三者 with
// a reason) and the purpose. Mistakes are shown in Japanese next to the field at fault, whether
// found here or by the server.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace kikan::client {

class CertificateForm : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateForm(QWidget *parent = nullptr);

    // The 照会 answer (person, household, flags) the certificate is for; mayShowMyNumber: the
    // staff member has resident:my_number.
    void setInquiry(const QJsonObject &inquiry, bool mayShowMyNumber);
    // The body of POST /resident/certificates (preview as given).
    QJsonObject body(bool preview) const;
    // Checks what the server would refuse for sure; shows the messages; true when all is well.
    bool validate();
    // Shows each {field, message} next to its field; returns the messages no field shows.
    QStringList showFieldErrors(const QList<QPair<QString, QString>> &fields);
    void clearErrors();
    // The shown error of a field ("partyNos", "options.myNumberReason", "requester.reason"…).
    QString fieldError(const QString &field) const;
    // The API name of the chosen kind (household, individual, entries_certificate, removed,
    // move_out) and its Japanese name.
    QString kind() const;
    QString kindTitle() const;

    QComboBox *kindBox() const { return m_kind; }
    QRadioButton *partButton() const { return m_part; }
    QListWidget *membersList() const { return m_members; }
    QCheckBox *option(const QString &key) const { return m_options.value(key); }
    QLineEdit *myNumberReasonEdit() const { return m_myNumberReason; }
    QComboBox *relationBox() const { return m_relation; }
    QLineEdit *requesterNameEdit() const { return m_requesterName; }
    QLineEdit *requesterReasonEdit() const { return m_requesterReason; }
    QLineEdit *purposeEdit() const { return m_purpose; }

Q_SIGNALS:
    void changed(); // anything that changes the certificate was edited

private:
    static QList<QPair<const char *, const char *>> optionTexts();
    QFormLayout *buildKindRow();
    QGroupBox *buildScope();
    QGroupBox *buildOptions(); // 法第12条第5項
    QGroupBox *buildRequester();
    void setTabOrders();
    void connectChanges();
    QLabel *errorLabel(const QString &field);
    void showError(const QString &field, const QString &message);
    void updateEnabled();
    QList<qint64> checkedMembers() const;

    qint64 m_partyNo = 0;
    qint64 m_householdNo = 0;
    QComboBox *m_kind;
    QRadioButton *m_whole;
    QRadioButton *m_part;
    QListWidget *m_members;
    QHash<QString, QCheckBox *> m_options;
    QLineEdit *m_myNumberReason;
    QComboBox *m_relation;
    QLineEdit *m_requesterName;
    QLineEdit *m_requesterReason;
    QLineEdit *m_purpose;
    QHash<QString, QLabel *> m_errors;
};

} // namespace kikan::client
