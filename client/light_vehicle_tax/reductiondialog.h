// 減免 at the counter (docs/light-vehicle-tax.md "減免"): an application with its decision recorded
// (POST …/reductions: 年度, reason from the rate file's list GET …/reductions/reasons, 全額 / 割合 /
// 金額, 申請日, 決定日, note; it applies at the next 当初課税, or is 更正d in at a re-run), and the
// withdrawal of a decision in force (POST …/reductions/{id}/withdraw: 取消日 and reason; when the
// 年度 was assessed the server 更正s the line at once). For the vehicle in 照会; keyboard-first
// (Alt+letter fields, Enter records); fits 1024×768.
#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kikan::client {

class ApiClient;

class ReductionDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { Apply, Withdraw };
    ReductionDialog(ApiClient *api, Mode mode, QWidget *parent = nullptr);

    // The vehicle as 照会 read it, with its decisions (a withdrawal lists those in force).
    void setVehicle(const QJsonObject &vehicle, const QJsonArray &reductions);
    // Sets a field by its API name (fiscalYear, reason, mode, ratio, amount, appliedOn,
    // decidedOn, note; for a withdrawal reductionId, withdrawnOn, reason).
    void setField(const QString &name, const QString &value);
    QJsonObject body() const;
    void submit();
    QString statusText() const;
    QString errorText() const;
    QComboBox *reasons() const { return m_reason; }

Q_SIGNALS:
    void reasonsLoaded();
    void saved(qint64 reductionId);
    void failed(const QString &message);

private:
    void buildApply();
    void buildWithdraw();
    void loadReasons();
    void fail(const QString &message);

    ApiClient *m_api;
    Mode m_mode;
    qint64 m_vehicleId = 0;
    QLabel *m_vehicleLabel;
    QSpinBox *m_year = nullptr;
    QComboBox *m_reason = nullptr;   // apply: the rate file's reasons
    QComboBox *m_how = nullptr;      // full | ratio | amount
    QLineEdit *m_ratio = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_applied = nullptr;
    QDateEdit *m_decided = nullptr;
    QLineEdit *m_note = nullptr;      // apply: note; withdraw: the reason
    QComboBox *m_decision = nullptr;  // withdraw: the decisions in force
    QDateEdit *m_withdrawn = nullptr;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace kikan::client
