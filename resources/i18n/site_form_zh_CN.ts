<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>SiteForm</name>
        <message>
            <location filename="../../app/ui/site_form.py" line="82" />
            <source>Candidate site</source>
            <translation>候选场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="90" />
            <source>e.g. 赣榆海上风电二期</source>
            <translation>例如：赣榆海上风电二期</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="122" />
            <source>Site id</source>
            <translation>场址编号</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="123" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="124" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="125" />
            <source>Turbine type</source>
            <translation>风机型号</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="126" />
            <source>Hub height</source>
            <translation>轮毂高度</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="127" />
            <source>Planned capacity</source>
            <translation>规划装机容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="128" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="129" />
            <source>County</source>
            <translation>县区</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="133" />
            <source>Repair polygon (make_valid)</source>
            <translation>修复多边形（make_valid）</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="167" />
            <source>Site id is empty: expected e.g. CS-07.</source>
            <translation>场址编号为空：应填写如 CS-07 的编号。</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="169" />
            <source>Site id {id} is taken: expected a new id.</source>
            <translation>场址编号 {id} 已被占用：请填写新的编号。</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="171" />
            <source>Name is empty: expected a name such as 赣榆海上风电二期.</source>
            <translation>名称为空：应填写如“赣榆海上风电二期”的名称。</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="174" />
            <source>Turbine type {t} is not in windpowerlib's library (with power curve).</source>
            <translation>风机型号 {t} 不在 windpowerlib 风机库（含功率曲线）中。</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="177" />
            <source>Hub height is 0: expected the hub height in m.</source>
            <translation>轮毂高度为 0：应填写以米为单位的轮毂高度。</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="180" />
            <source>new site</source>
            <translation>新场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="219" />
            <source>add site {id}</source>
            <translation>添加场址 {id}</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="26" />
            <source>Onshore wind</source>
            <extracomment>Names shown for the kinds and statuses (the layer stores the keys).</extracomment>
            <translation>陆上风电</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="27" />
            <source>Offshore wind</source>
            <translation>海上风电</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="28" />
            <source>Ground-mounted PV</source>
            <translation>地面光伏</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="29" />
            <source>Offshore PV</source>
            <translation>海上光伏</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="30" />
            <source>Wind-fishery integration</source>
            <translation>风渔融合</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="31" />
            <source>Rooftop PV cluster</source>
            <translation>屋顶光伏集群</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="34" />
            <source>idea</source>
            <translation>设想</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="35" />
            <source>screened</source>
            <translation>已初筛</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="36" />
            <source>approved</source>
            <translation>已批复</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="37" />
            <source>built</source>
            <translation>已建</translation>
        </message>
    </context>
</TS>
