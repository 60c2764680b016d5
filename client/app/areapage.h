// The page of a business area whose own screens are not in this version yet: says so plainly and
// lists what the staff member may do there, instead of showing made-up data.
#pragma once

#include <QWidget>

namespace kikan::client {

struct StaffUser;

class AreaPage : public QWidget
{
    Q_OBJECT
public:
    AreaPage(const QString &areaCode, const StaffUser &user, QWidget *parent = nullptr);
};

} // namespace kikan::client
