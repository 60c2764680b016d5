// バージョン情報: the client version, the server it talks to and the licences, including the
// attribution the MJ character data requires (CC BY-SA 2.1 JP, IPA).
#pragma once

#include <QDialog>

namespace kikan::client {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &serverText, QWidget *parent = nullptr);
};

} // namespace kikan::client
