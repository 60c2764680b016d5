// AboutDialog: text built from tr() strings and kikan::moji::attribution().
#include "aboutdialog.h"
#include "buttons.h"

#include "shared/moji/charset.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kikan::client {

AboutDialog::AboutDialog(const QString &serverText, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Kikan"));
    auto *head = new QLabel(tr("<b>Kikan</b> resident information system client, version %1<br>"
                               "Qt %2<br>Server: %3")
                                .arg(QStringLiteral(KIKAN_CLIENT_VERSION),
                                     QString::fromLatin1(qVersion()), serverText.toHtmlEscaped()),
                            this);
    auto *licences = new QPlainTextEdit(this);
    licences->setReadOnly(true);
    licences->setPlainText(
        tr("Kikan is open-source software.\n\n"
           "It uses Qt (LGPL v3), POCO C++ Libraries (Boost Software License), OpenSSL "
           "(Apache License 2.0), SQLite (public domain) and ICU (Unicode License).\n\n"
           "Character data:")
        + QLatin1Char('\n') + moji::attribution());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(head);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(600, 420);
}

} // namespace kikan::client
