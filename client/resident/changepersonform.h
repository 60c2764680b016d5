// Edits of the 照会's person record (docs/resident.md "異動 catalogue"): 訂正 (choose the mistaken
// history row; the corrected row replaces it for the same period, the old one stays marked
// 訂正済), 職権修正 (a new state from the 異動日, with the 職権 reason) and the 外国人住民 items
// of 法第30条の45 (在留資格, 在留期間, 満了日, 在留カード番号, 区分, 国籍等; 法第30条の50).
// The items are shown as they are; only those changed are sent (`fields`), with the person's
// `personVersion`. Also 転出取消: the 転出 to undo, from the person's history.
#pragma once

#include "changeformbase.h"

class QComboBox;

namespace kikan::client {

class PersonEditForm : public ChangeFormBase
{
    Q_OBJECT
public:
    // kind: correction, official-correction, foreign-resident-update.
    explicit PersonEditForm(const QString &kind, QWidget *parent = nullptr);
    void setCodes(const QJsonObject &codesAnswer) override;
    void setInquiry(const QJsonObject &inquiry) override;
    QJsonObject body() const override;
    FieldErrors check() const override;
    QStringList summary() const override;

    // The edit of an item ("familyName", "stayExpiryDate", "sex", "townAreaCode", …).
    QWidget *item(const QString &key) const { return m_items.value(key); }
    QLineEdit *lineItem(const QString &key) const;
    QComboBox *rowBox() const { return m_row; }

private:
    void addItem(const QString &key, const QString &label, int type);
    void fill(const QJsonObject &record, bool codesOnly = false);
    QString value(const QString &key) const;
    QJsonObject changedFields() const;
    bool addressChanged() const;

    QComboBox *m_row = nullptr;
    QHash<QString, QWidget *> m_items;
    QHash<QString, int> m_types;
    QStringList m_keys; // in the order shown
    QJsonObject m_original;
    QJsonArray m_rows;
};

class CancelMoveOutForm : public ChangeFormBase
{
    Q_OBJECT
public:
    explicit CancelMoveOutForm(QWidget *parent = nullptr);
    void setInquiry(const QJsonObject &inquiry) override;
    QJsonObject body() const override;
    FieldErrors check() const override;
    QComboBox *moveOutBox() const { return m_moveOut; }

private:
    QComboBox *m_moveOut;
};

} // namespace kikan::client
