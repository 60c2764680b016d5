// 設定: the server URL, the town's CA certificate file and the UI language of this terminal.
#pragma once

#include "clientsettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace kikan::client {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const ClientSettings &settings, QWidget *parent = nullptr);
    ClientSettings settings() const;

private:
    void browseCa();
    void validateAndAccept();

    QLineEdit *m_url;
    QLineEdit *m_ca;
    QComboBox *m_language;
};

} // namespace kikan::client
