<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>EditTools</name>
        <message>
            <location filename="../../app/ui/edit_tools.py" line="337" />
            <source>move vertex</source>
            <extracomment>Snapping distance on screen [px]. Grab distance of a vertex handle for the vertex tool [px]. last snap (lon, lat, kind) shown as a marker</extracomment>
            <translation>移动节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/edit_tools.py" line="347" />
            <source>insert vertex</source>
            <translation>插入节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/edit_tools.py" line="352" />
            <source>delete vertex</source>
            <translation>删除节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/edit_tools.py" line="414" />
            <source>move feature</source>
            <translation>移动要素</translation>
        </message>
        <message>
            <location filename="../../app/ui/edit_tools.py" line="420" />
            <source>delete features</source>
            <translation>删除要素</translation>
        </message>
    </context>
</TS>
