<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>FieldMappingDialog</name>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="33" />
            <source>Building id</source>
            <translation>建筑编号</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="33" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="33" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="33" />
            <source>New (1/0)</source>
            <translation>新建（1/0）</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="34" />
            <source>Roof type</source>
            <translation>屋顶类型</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="34" />
            <source>Height [m]</source>
            <translation>高度 [m]</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="34" />
            <source>PV status</source>
            <translation>光伏状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="35" />
            <source>PV area [m2]</source>
            <translation>光伏面积 [m²]</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="35" />
            <source>PV capacity [kWp]</source>
            <translation>光伏装机容量 [kWp]</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="35" />
            <source>Audit date</source>
            <translation>核查日期</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="36" />
            <source>Auditor</source>
            <translation>核查人</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="41" />
            <source>fix</source>
            <translation>修正</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="41" />
            <source>keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="41" />
            <source>skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="68" />
            <source>Import buildings: map the columns</source>
            <translation>导入建筑：字段对应</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="70" />
            <source>Choose which column of the file holds each field of the building schema. Fields marked * are needed for the coverage target.</source>
            <translation>请为建筑数据结构的每个字段选择文件中对应的列。标有 * 的字段为计算覆盖率目标所必需。</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="74" />
            <source>Fields</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="99" />
            <source>Coordinates</source>
            <translation>坐标系</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="103" />
            <source>Check rows</source>
            <translation>检查数据行</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="113" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="113" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="113" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="113" />
            <source>Expected</source>
            <translation>应为</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="114" />
            <source>Action</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="119" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="164" />
            <source>{n} problem(s); with these choices {s} row(s) will be skipped and listed in the import report.</source>
            <translation>发现 {n} 个问题；按当前选择将跳过 {s} 行，并在导入报告中列出。</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="166" />
            <source>No problems found.</source>
            <translation>未发现问题。</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="21" />
            <source>file's own CRS</source>
            <extracomment>Datums a user can declare; None = use the file's own CRS.</extracomment>
            <translation>文件自带坐标系</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="22" />
            <source>GCJ-02 (AMap, Tencent)</source>
            <translation>GCJ-02（高德、腾讯）</translation>
        </message>
        <message>
            <location filename="../../app/ui/field_mapping_dialog.py" line="23" />
            <source>BD-09 (Baidu)</source>
            <translation>BD-09（百度）</translation>
        </message>
    </context>
</TS>
