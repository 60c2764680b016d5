// The items of one person in 照会 (STANDARDS.md 住民記録), captions beside their values in a
// grid: the 外国人住民 items shown only for a foreign resident, 本籍・筆頭者 only for a Japanese
// national; 個人番号 as the server sent it (masked without the right).
#pragma once

#include <QHash>
#include <QWidget>

class QGridLayout;
class QJsonObject;
class QLabel;

namespace kikan::client {

class ResidentPersonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResidentPersonPanel(QWidget *parent = nullptr);

    // Shows the person (and the householder's name from the household).
    void showPerson(const QJsonObject &person, const QJsonObject &household, bool foreign);
    void clear(); // empties every value, the captions stay
    QString itemText(const QString &key) const; // the shown value of a person item

private:
    void addItem(const QString &key, const QString &label, int row, int column, int span);
    void setItem(const QString &key, const QString &value);
    void setItemsVisible(std::initializer_list<const char *> keys, bool visible);

    QGridLayout *m_grid;
    QHash<QString, QLabel *> m_items;
};

} // namespace kikan::client
