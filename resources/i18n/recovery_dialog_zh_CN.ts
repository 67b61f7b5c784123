<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../app/ui/recovery_dialog.py" line="25" />
            <source>unsaved project</source>
            <translation>未保存的项目</translation>
        </message>
        <message>
            <location filename="../../app/ui/recovery_dialog.py" line="27" />
            <source>{title} — {where}, autosaved {time}</source>
            <translation>{title} — {where}，自动保存于 {time}</translation>
        </message>
        <message>
            <location filename="../../app/ui/recovery_dialog.py" line="35" />
            <source>Restore unsaved work</source>
            <translation>恢复未保存的工作</translation>
        </message>
        <message>
            <location filename="../../app/ui/recovery_dialog.py" line="39" />
            <source>LYG Siting did not close normally. These autosaves hold edits that were not saved to their project. Restore one?</source>
            <translation>LYG Siting 上次未正常关闭。以下自动保存文件含有尚未保存到项目的编辑。是否恢复其中一个？</translation>
        </message>
        <message>
            <location filename="../../app/ui/recovery_dialog.py" line="52" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../app/ui/recovery_dialog.py" line="53" />
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <location filename="../../app/ui/recovery_dialog.py" line="54" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <location filename="../../app/ui/recovery_dialog.py" line="77" />
            <source>Discard autosave</source>
            <translation>丢弃自动保存</translation>
        </message>
        <message>
            <location filename="../../app/ui/recovery_dialog.py" line="78" />
            <source>Delete this autosave? Its unsaved edits will be lost.</source>
            <translation>删除此自动保存文件？其中未保存的编辑将丢失。</translation>
        </message>
    </context>
</TS>
