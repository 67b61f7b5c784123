<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>PrintLayout</name>
        <message>
            <location filename="../../app/ui/print_layout.py" line="161" />
            <source>N</source>
            <extracomment>Paper sizes [mm], portrait (width, height).</extracomment>
            <translation>北</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="193" />
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="265" />
            <source>Print map</source>
            <translation>打印地图</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="271" />
            <source>Landscape</source>
            <translation>横向</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="271" />
            <source>Portrait</source>
            <translation>纵向</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="277" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="282" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="283" />
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="284" />
            <source>Orientation</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="285" />
            <source>DPI</source>
            <translation>分辨率（DPI）</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="286" />
            <source>Output (.png or .pdf)</source>
            <translation>输出文件（.png 或 .pdf）</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="295" />
            <source>Print to</source>
            <translation>打印到</translation>
        </message>
        <message>
            <location filename="../../app/ui/print_layout.py" line="304" />
            <source>choose an output file; expected a path ending in .png or .pdf</source>
            <translation>请选择输出文件；路径应以 .png 或 .pdf 结尾</translation>
        </message>
    </context>
</TS>
