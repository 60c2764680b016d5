// The 選挙人名簿抄本 of a 投票区 on a date, saved as PDF or CSV (sorted by 町字 and address by the
// server), and 閲覧 (公職選挙法第28条の2～第28条の4): who asks, in what capacity, for what purpose,
// which entries are shown — recorded by the server as access before the entries are shown.
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class ExtractPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExtractPanel(ApiClient *api, QWidget *parent = nullptr);

    void reload(); // the 投票区 list
    void setDistrict(int no, QDate asOf);
    // Asks the server for the 抄本 (format pdf or csv); extractReady carries it.
    void fetch(const QString &format);
    void setInspection(const QString &requester, const QString &kind, const QString &purpose,
                       const QString &partyNos);
    void inspect();
    QTableWidget *shown() const { return m_shown; }
    QString errorText() const;

Q_SIGNALS:
    void loaded();
    void extractReady(const QByteArray &bytes, const QString &fileName);
    void inspected();

private:
    void saveAs(const QString &format);

    ApiClient *m_api;
    int m_wantedDistrict = 0;
    QComboBox *m_district;
    QDateEdit *m_asOf;
    QLineEdit *m_requester;
    QComboBox *m_kind;
    QLineEdit *m_purpose;
    QLineEdit *m_partyNos;
    QTableWidget *m_shown;
    QLabel *m_message;
};

} // namespace kikan::client
