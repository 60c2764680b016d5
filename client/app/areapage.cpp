// AreaPage: the "not available in this version" page of an area.
#include "areapage.h"

#include "client/module/areas.h"
#include "client/net/user.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kikan::client {

AreaPage::AreaPage(const QString &areaCode, const StaffUser &user, QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(areaName(areaCode), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    auto *notice = new QLabel(tr("The screens of this area are not available in this version "
                                 "of Kikan. They will be added in a later version."),
                              this);
    notice->setWordWrap(true);
    notice->setObjectName(QStringLiteral("notAvailable"));
    QStringList granted;
    for (const ActionInfo &a : allActions()) {
        if (user.has(areaCode, a.code))
            granted << a.name();
    }
    auto *rights = new QLabel(tr("Your rights in this area: %1")
                                  .arg(granted.join(tr(", "))),
                              this);
    rights->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(notice);
    layout->addWidget(rights);
    layout->addStretch();
}

} // namespace kikan::client
