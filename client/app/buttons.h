// Standard dialog buttons, message and error labels, page titles and yes/no questions with our
// own translated texts, so they read in Japanese even where Qt's own translations (qtbase_ja.qm)
// are not installed.
#pragma once

#include <QString>

#include <functional>

class QBoxLayout;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QWidget;

namespace kikan::client {

// Sets the texts of the standard buttons (OK, Cancel, Close) in the box.
void translateButtons(QDialogButtonBox *box);
// Adds OK and Cancel (translated) at the end of `layout` of `dialog`: OK calls `onOk`, Cancel
// rejects the dialog. Returns the box, for a caller that enables OK only when input is complete.
QDialogButtonBox *addOkCancelButtons(QDialog *dialog, QBoxLayout *layout,
                                     std::function<void()> onOk);
// A hidden, word-wrapped label named `objectName` in the style `styleSheet`, for the messages a
// screen shows above or below its content.
QLabel *makeMessageLabel(const QString &objectName, const QString &styleSheet, QWidget *parent);
// A hidden, word-wrapped red label for a dialog's error message.
QLabel *makeErrorLabel(QWidget *parent);
// The bold, larger title at the top of a page.
QLabel *makePageTitle(const QString &text, QWidget *parent);
// Asks a yes/no question; true when the answer is yes. No is the default.
bool askYesNo(QWidget *parent, const QString &title, const QString &question);

} // namespace kikan::client
