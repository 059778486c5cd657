// safety-lessons lean static page, built by assets/static-lean/build.mjs from sources sha256=5acfd2e1b127074d3090238a24b5f049a920581978446832f1965bbf94455d17
(()=>{var Tp=Object.create;var kn=Object.defineProperty;var Cp=Object.getOwnPropertyDescriptor;var Ap=Object.getOwnPropertyNames;var Dp=Object.getPrototypeOf,Sp=Object.prototype.hasOwnProperty;var M=(i,e,t)=>()=>{if(t)throw t[0];try{return i&&(e=i(i=0)),e}catch(r){throw t=[r],r}};var B=(i,e)=>()=>{try{return e||i((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}},Ho=(i,e)=>{for(var t in e)kn(i,t,{get:e[t],enumerable:!0})},md=(i,e,t,r)=>{if(e&&typeof e=="object"||typeof e=="function")for(let n of Ap(e))!Sp.call(i,n)&&n!==t&&kn(i,n,{get:()=>e[n],enumerable:!(r=Cp(e,n))||r.enumerable});return i};var me=(i,e,t)=>(t=i!=null?Tp(Dp(i)):{},md(e||!i||!i.__esModule?kn(t,"default",{value:i,enumerable:!0}):t,i)),Mp=i=>md(kn({},"__esModule",{value:!0}),i);var Ht=B((zn,pd)=>{(function(i,e){typeof zn=="object"&&typeof pd<"u"?e(zn):typeof define=="function"&&define.amd?define(["exports"],e):(i=typeof globalThis<"u"?globalThis:i||self,e(i.lumino_algorithm={}))})(zn,(function(i){"use strict";i.ArrayExt=void 0,(function(I){function z(u,m,g=0,b=-1){let x=u.length;if(x===0)return-1;g<0?g=Math.max(0,g+x):g=Math.min(g,x-1),b<0?b=Math.max(0,b+x):b=Math.min(b,x-1);let D;b<g?D=b+1+(x-g):D=b-g+1;for(let j=0;j<D;++j){let q=(g+j)%x;if(u[q]===m)return q}return-1}I.firstIndexOf=z;function P(u,m,g=-1,b=0){let x=u.length;if(x===0)return-1;g<0?g=Math.max(0,g+x):g=Math.min(g,x-1),b<0?b=Math.max(0,b+x):b=Math.min(b,x-1);let D;g<b?D=g+1+(x-b):D=g-b+1;for(let j=0;j<D;++j){let q=(g-j+x)%x;if(u[q]===m)return q}return-1}I.lastIndexOf=P;function F(u,m,g=0,b=-1){let x=u.length;if(x===0)return-1;g<0?g=Math.max(0,g+x):g=Math.min(g,x-1),b<0?b=Math.max(0,b+x):b=Math.min(b,x-1);let D;b<g?D=b+1+(x-g):D=b-g+1;for(let j=0;j<D;++j){let q=(g+j)%x;if(m(u[q],q))return q}return-1}I.findFirstIndex=F;function U(u,m,g=-1,b=0){let x=u.length;if(x===0)return-1;g<0?g=Math.max(0,g+x):g=Math.min(g,x-1),b<0?b=Math.max(0,b+x):b=Math.min(b,x-1);let D;g<b?D=g+1+(x-b):D=g-b+1;for(let j=0;j<D;++j){let q=(g-j+x)%x;if(m(u[q],q))return q}return-1}I.findLastIndex=U;function Y(u,m,g=0,b=-1){let x=F(u,m,g,b);return x!==-1?u[x]:void 0}I.findFirstValue=Y;function W(u,m,g=-1,b=0){let x=U(u,m,g,b);return x!==-1?u[x]:void 0}I.findLastValue=W;function V(u,m,g,b=0,x=-1){let D=u.length;if(D===0)return 0;b<0?b=Math.max(0,b+D):b=Math.min(b,D-1),x<0?x=Math.max(0,x+D):x=Math.min(x,D-1);let j=b,q=x-b+1;for(;q>0;){let G=q>>1,pe=j+G;g(u[pe],m)<0?(j=pe+1,q-=G+1):q=G}return j}I.lowerBound=V;function ie(u,m,g,b=0,x=-1){let D=u.length;if(D===0)return 0;b<0?b=Math.max(0,b+D):b=Math.min(b,D-1),x<0?x=Math.max(0,x+D):x=Math.min(x,D-1);let j=b,q=x-b+1;for(;q>0;){let G=q>>1,pe=j+G;g(u[pe],m)>0?q=G:(j=pe+1,q-=G+1)}return j}I.upperBound=ie;function re(u,m,g){if(u===m)return!0;if(u.length!==m.length)return!1;for(let b=0,x=u.length;b<x;++b)if(g?!g(u[b],m[b]):u[b]!==m[b])return!1;return!0}I.shallowEqual=re;function oe(u,m={}){let{start:g,stop:b,step:x}=m;if(x===void 0&&(x=1),x===0)throw new Error("Slice `step` cannot be zero.");let D=u.length;g===void 0?g=x<0?D-1:0:g<0?g=Math.max(g+D,x<0?-1:0):g>=D&&(g=x<0?D-1:D),b===void 0?b=x<0?-1:D:b<0?b=Math.max(b+D,x<0?-1:0):b>=D&&(b=x<0?D-1:D);let j;x<0&&b>=g||x>0&&g>=b?j=0:x<0?j=Math.floor((b-g+1)/x+1):j=Math.floor((b-g-1)/x+1);let q=[];for(let G=0;G<j;++G)q[G]=u[g+G*x];return q}I.slice=oe;function ae(u,m,g){let b=u.length;if(b<=1||(m<0?m=Math.max(0,m+b):m=Math.min(m,b-1),g<0?g=Math.max(0,g+b):g=Math.min(g,b-1),m===g))return;let x=u[m],D=m<g?1:-1;for(let j=m;j!==g;j+=D)u[j]=u[j+D];u[g]=x}I.move=ae;function fe(u,m=0,g=-1){let b=u.length;if(!(b<=1))for(m<0?m=Math.max(0,m+b):m=Math.min(m,b-1),g<0?g=Math.max(0,g+b):g=Math.min(g,b-1);m<g;){let x=u[m],D=u[g];u[m++]=D,u[g--]=x}}I.reverse=fe;function ge(u,m,g=0,b=-1){let x=u.length;if(x<=1||(g<0?g=Math.max(0,g+x):g=Math.min(g,x-1),b<0?b=Math.max(0,b+x):b=Math.min(b,x-1),g>=b))return;let D=b-g+1;if(m>0?m=m%D:m<0&&(m=(m%D+D)%D),m===0)return;let j=g+m;fe(u,g,j-1),fe(u,j,b),fe(u,g,b)}I.rotate=ge;function et(u,m,g=0,b=-1){let x=u.length;if(x===0)return;g<0?g=Math.max(0,g+x):g=Math.min(g,x-1),b<0?b=Math.max(0,b+x):b=Math.min(b,x-1);let D;b<g?D=b+1+(x-g):D=b-g+1;for(let j=0;j<D;++j)u[(g+j)%x]=m}I.fill=et;function ko(u,m,g){let b=u.length;m<0?m=Math.max(0,m+b):m=Math.min(m,b);for(let x=b;x>m;--x)u[x]=u[x-1];u[m]=g}I.insert=ko;function Fe(u,m){let g=u.length;if(m<0&&(m+=g),m<0||m>=g)return;let b=u[m];for(let x=m+1;x<g;++x)u[x-1]=u[x];return u.length=g-1,b}I.removeAt=Fe;function zo(u,m,g=0,b=-1){let x=z(u,m,g,b);return x!==-1&&Fe(u,x),x}I.removeFirstOf=zo;function Po(u,m,g=-1,b=0){let x=P(u,m,g,b);return x!==-1&&Fe(u,x),x}I.removeLastOf=Po;function Lo(u,m,g=0,b=-1){let x=u.length;if(x===0)return 0;g<0?g=Math.max(0,g+x):g=Math.min(g,x-1),b<0?b=Math.max(0,b+x):b=Math.min(b,x-1);let D=0;for(let j=0;j<x;++j)g<=b&&j>=g&&j<=b&&u[j]===m||b<g&&(j<=b||j>=g)&&u[j]===m?D++:D>0&&(u[j-D]=u[j]);return D>0&&(u.length=x-D),D}I.removeAllOf=Lo;function Bo(u,m,g=0,b=-1){let x,D=F(u,m,g,b);return D!==-1&&(x=Fe(u,D)),{index:D,value:x}}I.removeFirstWhere=Bo;function Rn(u,m,g=-1,b=0){let x,D=U(u,m,g,b);return D!==-1&&(x=Fe(u,D)),{index:D,value:x}}I.removeLastWhere=Rn;function Ri(u,m,g=0,b=-1){let x=u.length;if(x===0)return 0;g<0?g=Math.max(0,g+x):g=Math.min(g,x-1),b<0?b=Math.max(0,b+x):b=Math.min(b,x-1);let D=0;for(let j=0;j<x;++j)g<=b&&j>=g&&j<=b&&m(u[j],j)||b<g&&(j<=b||j>=g)&&m(u[j],j)?D++:D>0&&(u[j-D]=u[j]);return D>0&&(u.length=x-D),D}I.removeAllWhere=Ri})(i.ArrayExt||(i.ArrayExt={}));function*e(...I){for(let z of I)yield*z}function*t(){}function*r(I,z=0){for(let P of I)yield[z++,P]}function*n(I,z){let P=0;for(let F of I)z(F,P++)&&(yield F)}function s(I,z){let P=0;for(let F of I)if(z(F,P++))return F}function o(I,z){let P=0;for(let F of I)if(z(F,P++))return P-1;return-1}function a(I,z){let P;for(let F of I){if(P===void 0){P=F;continue}z(F,P)<0&&(P=F)}return P}function l(I,z){let P;for(let F of I){if(P===void 0){P=F;continue}z(F,P)>0&&(P=F)}return P}function d(I,z){let P=!0,F,U;for(let Y of I)P?(F=Y,U=Y,P=!1):z(Y,F)<0?F=Y:z(Y,U)>0&&(U=Y);return P?void 0:[F,U]}function c(I){return Array.from(I)}function h(I){let z={};for(let[P,F]of I)z[P]=F;return z}function f(I,z){let P=0;for(let F of I)if(z(F,P++)===!1)return}function p(I,z){let P=0;for(let F of I)if(z(F,P++)===!1)return!1;return!0}function _(I,z){let P=0;for(let F of I)if(z(F,P++))return!0;return!1}function*v(I,z){let P=0;for(let F of I)yield z(F,P++)}function*y(I,z,P){z===void 0?(z=I,I=0,P=1):P===void 0&&(P=1);let F=C.rangeLength(I,z,P);for(let U=0;U<F;U++)yield I+P*U}var C;(function(I){function z(P,F,U){return U===0?1/0:P>F&&U>0||P<F&&U<0?0:Math.ceil((F-P)/U)}I.rangeLength=z})(C||(C={}));function E(I,z,P){let F=I[Symbol.iterator](),U=0,Y=F.next();if(Y.done&&P===void 0)throw new TypeError("Reduce of empty iterable with no initial value.");if(Y.done)return P;let W=F.next();if(W.done&&P===void 0)return Y.value;if(W.done)return z(P,Y.value,U++);let V;P===void 0?V=z(Y.value,W.value,U++):V=z(z(P,Y.value,U++),W.value,U++);let ie;for(;!(ie=F.next()).done;)V=z(V,ie.value,U++);return V}function*w(I,z){for(;0<z--;)yield I}function*T(I){yield I}function*A(I){if(typeof I.retro=="function")yield*I.retro();else for(let z=I.length-1;z>-1;z--)yield I[z]}function S(I){let z=[],P=new Set,F=new Map;for(let W of I)U(W);for(let[W]of F)Y(W);return z;function U(W){let[V,ie]=W,re=F.get(ie);re?re.push(V):F.set(ie,[V])}function Y(W){if(P.has(W))return;P.add(W);let V=F.get(W);if(V)for(let ie of V)Y(ie);z.push(W)}}function*R(I,z){let P=0;for(let F of I)P++%z===0&&(yield F)}i.StringExt=void 0,(function(I){function z(W,V,ie=0){let re=new Array(V.length);for(let oe=0,ae=ie,fe=V.length;oe<fe;++oe,++ae){if(ae=W.indexOf(V[oe],ae),ae===-1)return null;re[oe]=ae}return re}I.findIndices=z;function P(W,V,ie=0){let re=z(W,V,ie);if(!re)return null;let oe=0;for(let ae=0,fe=re.length;ae<fe;++ae){let ge=re[ae]-ie;oe+=ge*ge}return{score:oe,indices:re}}I.matchSumOfSquares=P;function F(W,V,ie=0){let re=z(W,V,ie);if(!re)return null;let oe=0,ae=ie-1;for(let fe=0,ge=re.length;fe<ge;++fe){let et=re[fe];oe+=et-ae-1,ae=et}return{score:oe,indices:re}}I.matchSumOfDeltas=F;function U(W,V,ie){let re=[],oe=0,ae=0,fe=V.length;for(;oe<fe;){let ge=V[oe],et=V[oe];for(;++oe<fe&&V[oe]===et+1;)et++;ae<ge&&re.push(W.slice(ae,ge)),ge<et+1&&re.push(ie(W.slice(ge,et+1))),ae=et+1}return ae<W.length&&re.push(W.slice(ae)),re}I.highlight=U;function Y(W,V){return W<V?-1:W>V?1:0}I.cmp=Y})(i.StringExt||(i.StringExt={}));function*k(I,z){if(z<1)return;let P=I[Symbol.iterator](),F;for(;0<z--&&!(F=P.next()).done;)yield F.value}function*H(...I){let z=I.map(F=>F[Symbol.iterator]()),P=z.map(F=>F.next());for(;p(P,F=>!F.done);P=z.map(F=>F.next()))yield P.map(F=>F.value)}i.chain=e,i.each=f,i.empty=t,i.enumerate=r,i.every=p,i.filter=n,i.find=s,i.findIndex=o,i.map=v,i.max=l,i.min=a,i.minmax=d,i.once=T,i.range=y,i.reduce=E,i.repeat=w,i.retro=A,i.some=_,i.stride=R,i.take=k,i.toArray=c,i.toObject=h,i.topologicSort=S,i.zip=H}))});var Et=B((Pn,gd)=>{(function(i,e){typeof Pn=="object"&&typeof gd<"u"?e(Pn,Ht()):typeof define=="function"&&define.amd?define(["exports","@lumino/algorithm"],e):(i=typeof globalThis<"u"?globalThis:i||self,e(i.lumino_coreutils={},i.lumino_algorithm))})(Pn,(function(i,e){"use strict";i.JSONExt=void 0,(function(d){d.emptyObject=Object.freeze({}),d.emptyArray=Object.freeze([]);function c(w){return w===null||typeof w=="boolean"||typeof w=="number"||typeof w=="string"}d.isPrimitive=c;function h(w){return Array.isArray(w)}d.isArray=h;function f(w){return!c(w)&&!h(w)}d.isObject=f;function p(w,T){if(w===T)return!0;if(c(w)||c(T))return!1;let A=h(w),S=h(T);return A!==S?!1:A&&S?v(w,T):y(w,T)}d.deepEqual=p;function _(w){return c(w)?w:h(w)?C(w):E(w)}d.deepCopy=_;function v(w,T){if(w===T)return!0;if(w.length!==T.length)return!1;for(let A=0,S=w.length;A<S;++A)if(!p(w[A],T[A]))return!1;return!0}function y(w,T){if(w===T)return!0;for(let A in w)if(w[A]!==void 0&&!(A in T))return!1;for(let A in T)if(T[A]!==void 0&&!(A in w))return!1;for(let A in w){let S=w[A],R=T[A];if(!(S===void 0&&R===void 0)&&(S===void 0||R===void 0||!p(S,R)))return!1}return!0}function C(w){let T=new Array(w.length);for(let A=0,S=w.length;A<S;++A)T[A]=_(w[A]);return T}function E(w){let T={};for(let A in w){let S=w[A];S!==void 0&&(T[A]=_(S))}return T}})(i.JSONExt||(i.JSONExt={}));class t{constructor(){this._types=[],this._values=[]}types(){return this._types.slice()}hasData(c){return this._types.indexOf(c)!==-1}getData(c){let h=this._types.indexOf(c);return h!==-1?this._values[h]:void 0}setData(c,h){this.clearData(c),this._types.push(c),this._values.push(h)}clearData(c){let h=this._types.indexOf(c);h!==-1&&(this._types.splice(h,1),this._values.splice(h,1))}clear(){this._types.length=0,this._values.length=0}}class r{constructor(c={}){this._application=null,this._validatePlugin=()=>!0,this._plugins=new Map,this._services=new Map,c.validatePlugin&&(console.info("Plugins may be rejected by the custom validation plugin method."),this._validatePlugin=c.validatePlugin)}get application(){return this._application}set application(c){if(this._application!==null)throw Error("PluginRegistry.application is already set. It cannot be overridden.");this._application=c}get deferredPlugins(){return Array.from(this._plugins).filter(([c,h])=>h.autoStart==="defer").map(([c,h])=>c)}getPluginDescription(c){var h,f;return(f=(h=this._plugins.get(c))===null||h===void 0?void 0:h.description)!==null&&f!==void 0?f:""}hasPlugin(c){return this._plugins.has(c)}isPluginActivated(c){var h,f;return(f=(h=this._plugins.get(c))===null||h===void 0?void 0:h.activated)!==null&&f!==void 0?f:!1}listPlugins(){return Array.from(this._plugins.keys())}registerPlugin(c){if(this._plugins.has(c.id))throw new TypeError(`Plugin '${c.id}' is already registered.`);if(!this._validatePlugin(c))throw new Error(`Plugin '${c.id}' is not valid.`);let h=n.createPluginData(c);n.ensureNoCycle(h,this._plugins,this._services),h.provides&&this._services.set(h.provides,h.id),this._plugins.set(h.id,h)}registerPlugins(c){for(let h of c)this.registerPlugin(h)}deregisterPlugin(c,h){let f=this._plugins.get(c);if(f){if(f.activated&&!h)throw new Error(`Plugin '${c}' is still active.`);this._plugins.delete(c)}}async activatePlugin(c){let h=this._plugins.get(c);if(!h)throw new ReferenceError(`Plugin '${c}' is not registered.`);if(h.activated)return;if(h.promise)return h.promise;let f=h.requires.map(_=>this.resolveRequiredService(_)),p=h.optional.map(_=>this.resolveOptionalService(_));return h.promise=Promise.all([...f,...p]).then(_=>h.activate.apply(void 0,[this.application,..._])).then(_=>{h.service=_,h.activated=!0,h.promise=null}).catch(_=>{throw h.promise=null,_}),h.promise}async activatePlugins(c,h={}){switch(c){case"defer":{let f=this.deferredPlugins.filter(p=>this._plugins.get(p).autoStart).map(p=>this.activatePlugin(p));await Promise.all(f);break}case"startUp":{let p=n.collectStartupPlugins(this._plugins,h).map(async _=>{try{return await this.activatePlugin(_)}catch(v){console.error(`Plugin '${_}' failed to activate.`,v)}});await Promise.all(p);break}}}async deactivatePlugin(c){let h=this._plugins.get(c);if(!h)throw new ReferenceError(`Plugin '${c}' is not registered.`);if(!h.activated)return[];if(!h.deactivate)throw new TypeError(`Plugin '${c}'#deactivate() method missing`);let f=n.findDependents(c,this._plugins,this._services),p=f.map(_=>this._plugins.get(_));for(let _ of p)if(!_.deactivate)throw new TypeError(`Plugin ${_.id}#deactivate() method missing (depends on ${c})`);for(let _ of p){let v=[..._.requires,..._.optional].map(y=>{let C=this._services.get(y);return C?this._plugins.get(C).service:null});await _.deactivate(this.application,...v),_.service=null,_.activated=!1}return f.pop(),f}async resolveRequiredService(c){let h=this._services.get(c);if(!h)throw new TypeError(`No provider for: ${c.name}.`);let f=this._plugins.get(h);return f.activated||await this.activatePlugin(h),f.service}async resolveOptionalService(c){let h=this._services.get(c);if(!h)return null;let f=this._plugins.get(h);if(!f.activated)try{await this.activatePlugin(h)}catch(p){return console.error(p),null}return f.service}}var n;(function(d){class c{constructor(y){var C,E,w,T;this._activated=!1,this._promise=null,this._service=null,this.id=y.id,this.description=(C=y.description)!==null&&C!==void 0?C:"",this.activate=y.activate,this.deactivate=(E=y.deactivate)!==null&&E!==void 0?E:null,this.provides=(w=y.provides)!==null&&w!==void 0?w:null,this.autoStart=(T=y.autoStart)!==null&&T!==void 0?T:!1,this.requires=y.requires?y.requires.slice():[],this.optional=y.optional?y.optional.slice():[]}get activated(){return this._activated}set activated(y){this._activated=y}get service(){return this._service}set service(y){this._service=y}get promise(){return this._promise}set promise(y){this._promise=y}}function h(v){return new c(v)}d.createPluginData=h;function f(v,y,C){let E=[...v.requires,...v.optional],w=A=>{if(A===v.provides)return!0;let S=C.get(A);if(!S)return!1;let R=y.get(S),k=[...R.requires,...R.optional];return k.length===0?!1:(T.push(S),k.some(w)?!0:(T.pop(),!1))};if(!v.provides||E.length===0)return;let T=[v.id];if(E.some(w))throw new ReferenceError(`Cycle detected: ${T.join(" -> ")}.`)}d.ensureNoCycle=f;function p(v,y,C){let E=new Array,w=k=>{let H=y.get(k),I=[...H.requires,...H.optional];E.push(...I.reduce((z,P)=>{let F=C.get(P);return F&&z.push([k,F]),z},[]))};for(let k of y.keys())w(k);let T=E.filter(k=>k[1]===v),A=0;for(;T.length>A;){let k=T.length,H=new Set(T.map(I=>I[0]));for(let I of H)E.filter(z=>z[1]===I).forEach(z=>{T.includes(z)||T.push(z)});A=k}let S=e.topologicSort(T),R=S.findIndex(k=>k===v);return R===-1?[v]:S.slice(0,R+1)}d.findDependents=p;function _(v,y){let C=new Set;for(let E of v.keys())v.get(E).autoStart===!0&&C.add(E);if(y.startPlugins)for(let E of y.startPlugins)C.add(E);if(y.ignorePlugins)for(let E of y.ignorePlugins)C.delete(E);return Array.from(C)}d.collectStartupPlugins=_})(n||(n={}));class s{constructor(){this.promise=new Promise((c,h)=>{this._resolve=c,this._reject=h})}resolve(c){let h=this._resolve;h(c)}reject(c){let h=this._reject;h(c)}}class o{constructor(c,h){this.name=c,this.description=h??"",this._tokenStructuralPropertyT=null}}function a(d){let c=0;for(let h=0,f=d.length;h<f;++h)h%4===0&&(c=Math.random()*4294967295>>>0),d[h]=c&255,c>>>=8}i.Random=void 0,(function(d){d.getRandomValues=(()=>{let c=typeof window<"u"&&(window.crypto||window.msCrypto)||null;return c&&typeof c.getRandomValues=="function"?function(f){return c.getRandomValues(f)}:a})()})(i.Random||(i.Random={}));function l(d){let c=new Uint8Array(16),h=new Array(256);for(let f=0;f<16;++f)h[f]="0"+f.toString(16);for(let f=16;f<256;++f)h[f]=f.toString(16);return function(){return d(c),c[6]=64|c[6]&15,c[8]=128|c[8]&63,h[c[0]]+h[c[1]]+h[c[2]]+h[c[3]]+"-"+h[c[4]]+h[c[5]]+"-"+h[c[6]]+h[c[7]]+"-"+h[c[8]]+h[c[9]]+"-"+h[c[10]]+h[c[11]]+h[c[12]]+h[c[13]]+h[c[14]]+h[c[15]]}}i.UUID=void 0,(function(d){d.uuid4=l(i.Random.getRandomValues)})(i.UUID||(i.UUID={})),i.MimeData=t,i.PluginRegistry=r,i.PromiseDelegate=s,i.Token=o}))});var bd=B((Ww,_d)=>{function Ip(){this.__data__=[],this.size=0}_d.exports=Ip});var Fo=B((Uw,vd)=>{function jp(i,e){return i===e||i!==i&&e!==e}vd.exports=jp});var Cr=B(($w,yd)=>{var Rp=Fo();function kp(i,e){for(var t=i.length;t--;)if(Rp(i[t][0],e))return t;return-1}yd.exports=kp});var xd=B((Vw,wd)=>{var zp=Cr(),Pp=Array.prototype,Lp=Pp.splice;function Bp(i){var e=this.__data__,t=zp(e,i);if(t<0)return!1;var r=e.length-1;return t==r?e.pop():Lp.call(e,t,1),--this.size,!0}wd.exports=Bp});var Td=B((Kw,Ed)=>{var Op=Cr();function Np(i){var e=this.__data__,t=Op(e,i);return t<0?void 0:e[t][1]}Ed.exports=Np});var Ad=B((Yw,Cd)=>{var Hp=Cr();function Fp(i){return Hp(this.__data__,i)>-1}Cd.exports=Fp});var Sd=B((Gw,Dd)=>{var qp=Cr();function Wp(i,e){var t=this.__data__,r=qp(t,i);return r<0?(++this.size,t.push([i,e])):t[r][1]=e,this}Dd.exports=Wp});var Ar=B((Xw,Md)=>{var Up=bd(),$p=xd(),Vp=Td(),Kp=Ad(),Yp=Sd();function ki(i){var e=-1,t=i==null?0:i.length;for(this.clear();++e<t;){var r=i[e];this.set(r[0],r[1])}}ki.prototype.clear=Up;ki.prototype.delete=$p;ki.prototype.get=Vp;ki.prototype.has=Kp;ki.prototype.set=Yp;Md.exports=ki});var jd=B((Jw,Id)=>{var Gp=Ar();function Xp(){this.__data__=new Gp,this.size=0}Id.exports=Xp});var kd=B((Zw,Rd)=>{function Jp(i){var e=this.__data__,t=e.delete(i);return this.size=e.size,t}Rd.exports=Jp});var Pd=B((Qw,zd)=>{function Zp(i){return this.__data__.get(i)}zd.exports=Zp});var Bd=B((e0,Ld)=>{function Qp(i){return this.__data__.has(i)}Ld.exports=Qp});var qo=B((t0,Od)=>{var eg=typeof global=="object"&&global&&global.Object===Object&&global;Od.exports=eg});var ft=B((i0,Nd)=>{var tg=qo(),ig=typeof self=="object"&&self&&self.Object===Object&&self,rg=tg||ig||Function("return this")();Nd.exports=rg});var Ln=B((r0,Hd)=>{var ng=ft(),sg=ng.Symbol;Hd.exports=sg});var Ud=B((n0,Wd)=>{var Fd=Ln(),qd=Object.prototype,og=qd.hasOwnProperty,ag=qd.toString,Dr=Fd?Fd.toStringTag:void 0;function lg(i){var e=og.call(i,Dr),t=i[Dr];try{i[Dr]=void 0;var r=!0}catch{}var n=ag.call(i);return r&&(e?i[Dr]=t:delete i[Dr]),n}Wd.exports=lg});var Vd=B((s0,$d)=>{var dg=Object.prototype,ug=dg.toString;function cg(i){return ug.call(i)}$d.exports=cg});var Sr=B((o0,Gd)=>{var Kd=Ln(),hg=Ud(),fg=Vd(),mg="[object Null]",pg="[object Undefined]",Yd=Kd?Kd.toStringTag:void 0;function gg(i){return i==null?i===void 0?pg:mg:Yd&&Yd in Object(i)?hg(i):fg(i)}Gd.exports=gg});var Wo=B((a0,Xd)=>{function _g(i){var e=typeof i;return i!=null&&(e=="object"||e=="function")}Xd.exports=_g});var Uo=B((l0,Jd)=>{var bg=Sr(),vg=Wo(),yg="[object AsyncFunction]",wg="[object Function]",xg="[object GeneratorFunction]",Eg="[object Proxy]";function Tg(i){if(!vg(i))return!1;var e=bg(i);return e==wg||e==xg||e==yg||e==Eg}Jd.exports=Tg});var Qd=B((d0,Zd)=>{var Cg=ft(),Ag=Cg["__core-js_shared__"];Zd.exports=Ag});var iu=B((u0,tu)=>{var $o=Qd(),eu=(function(){var i=/[^.]+$/.exec($o&&$o.keys&&$o.keys.IE_PROTO||"");return i?"Symbol(src)_1."+i:""})();function Dg(i){return!!eu&&eu in i}tu.exports=Dg});var Vo=B((c0,ru)=>{var Sg=Function.prototype,Mg=Sg.toString;function Ig(i){if(i!=null){try{return Mg.call(i)}catch{}try{return i+""}catch{}}return""}ru.exports=Ig});var su=B((h0,nu)=>{var jg=Uo(),Rg=iu(),kg=Wo(),zg=Vo(),Pg=/[\\^$.*+?()[\]{}|]/g,Lg=/^\[object .+?Constructor\]$/,Bg=Function.prototype,Og=Object.prototype,Ng=Bg.toString,Hg=Og.hasOwnProperty,Fg=RegExp("^"+Ng.call(Hg).replace(Pg,"\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g,"$1.*?")+"$");function qg(i){if(!kg(i)||Rg(i))return!1;var e=jg(i)?Fg:Lg;return e.test(zg(i))}nu.exports=qg});var au=B((f0,ou)=>{function Wg(i,e){return i?.[e]}ou.exports=Wg});var ii=B((m0,lu)=>{var Ug=su(),$g=au();function Vg(i,e){var t=$g(i,e);return Ug(t)?t:void 0}lu.exports=Vg});var Bn=B((p0,du)=>{var Kg=ii(),Yg=ft(),Gg=Kg(Yg,"Map");du.exports=Gg});var Mr=B((g0,uu)=>{var Xg=ii(),Jg=Xg(Object,"create");uu.exports=Jg});var fu=B((_0,hu)=>{var cu=Mr();function Zg(){this.__data__=cu?cu(null):{},this.size=0}hu.exports=Zg});var pu=B((b0,mu)=>{function Qg(i){var e=this.has(i)&&delete this.__data__[i];return this.size-=e?1:0,e}mu.exports=Qg});var _u=B((v0,gu)=>{var e_=Mr(),t_="__lodash_hash_undefined__",i_=Object.prototype,r_=i_.hasOwnProperty;function n_(i){var e=this.__data__;if(e_){var t=e[i];return t===t_?void 0:t}return r_.call(e,i)?e[i]:void 0}gu.exports=n_});var vu=B((y0,bu)=>{var s_=Mr(),o_=Object.prototype,a_=o_.hasOwnProperty;function l_(i){var e=this.__data__;return s_?e[i]!==void 0:a_.call(e,i)}bu.exports=l_});var wu=B((w0,yu)=>{var d_=Mr(),u_="__lodash_hash_undefined__";function c_(i,e){var t=this.__data__;return this.size+=this.has(i)?0:1,t[i]=d_&&e===void 0?u_:e,this}yu.exports=c_});var Eu=B((x0,xu)=>{var h_=fu(),f_=pu(),m_=_u(),p_=vu(),g_=wu();function zi(i){var e=-1,t=i==null?0:i.length;for(this.clear();++e<t;){var r=i[e];this.set(r[0],r[1])}}zi.prototype.clear=h_;zi.prototype.delete=f_;zi.prototype.get=m_;zi.prototype.has=p_;zi.prototype.set=g_;xu.exports=zi});var Au=B((E0,Cu)=>{var Tu=Eu(),__=Ar(),b_=Bn();function v_(){this.size=0,this.__data__={hash:new Tu,map:new(b_||__),string:new Tu}}Cu.exports=v_});var Su=B((T0,Du)=>{function y_(i){var e=typeof i;return e=="string"||e=="number"||e=="symbol"||e=="boolean"?i!=="__proto__":i===null}Du.exports=y_});var Ir=B((C0,Mu)=>{var w_=Su();function x_(i,e){var t=i.__data__;return w_(e)?t[typeof e=="string"?"string":"hash"]:t.map}Mu.exports=x_});var ju=B((A0,Iu)=>{var E_=Ir();function T_(i){var e=E_(this,i).delete(i);return this.size-=e?1:0,e}Iu.exports=T_});var ku=B((D0,Ru)=>{var C_=Ir();function A_(i){return C_(this,i).get(i)}Ru.exports=A_});var Pu=B((S0,zu)=>{var D_=Ir();function S_(i){return D_(this,i).has(i)}zu.exports=S_});var Bu=B((M0,Lu)=>{var M_=Ir();function I_(i,e){var t=M_(this,i),r=t.size;return t.set(i,e),this.size+=t.size==r?0:1,this}Lu.exports=I_});var Ko=B((I0,Ou)=>{var j_=Au(),R_=ju(),k_=ku(),z_=Pu(),P_=Bu();function Pi(i){var e=-1,t=i==null?0:i.length;for(this.clear();++e<t;){var r=i[e];this.set(r[0],r[1])}}Pi.prototype.clear=j_;Pi.prototype.delete=R_;Pi.prototype.get=k_;Pi.prototype.has=z_;Pi.prototype.set=P_;Ou.exports=Pi});var Hu=B((j0,Nu)=>{var L_=Ar(),B_=Bn(),O_=Ko(),N_=200;function H_(i,e){var t=this.__data__;if(t instanceof L_){var r=t.__data__;if(!B_||r.length<N_-1)return r.push([i,e]),this.size=++t.size,this;t=this.__data__=new O_(r)}return t.set(i,e),this.size=t.size,this}Nu.exports=H_});var qu=B((R0,Fu)=>{var F_=Ar(),q_=jd(),W_=kd(),U_=Pd(),$_=Bd(),V_=Hu();function Li(i){var e=this.__data__=new F_(i);this.size=e.size}Li.prototype.clear=q_;Li.prototype.delete=W_;Li.prototype.get=U_;Li.prototype.has=$_;Li.prototype.set=V_;Fu.exports=Li});var Uu=B((k0,Wu)=>{var K_="__lodash_hash_undefined__";function Y_(i){return this.__data__.set(i,K_),this}Wu.exports=Y_});var Vu=B((z0,$u)=>{function G_(i){return this.__data__.has(i)}$u.exports=G_});var Yu=B((P0,Ku)=>{var X_=Ko(),J_=Uu(),Z_=Vu();function On(i){var e=-1,t=i==null?0:i.length;for(this.__data__=new X_;++e<t;)this.add(i[e])}On.prototype.add=On.prototype.push=J_;On.prototype.has=Z_;Ku.exports=On});var Xu=B((L0,Gu)=>{function Q_(i,e){for(var t=-1,r=i==null?0:i.length;++t<r;)if(e(i[t],t,i))return!0;return!1}Gu.exports=Q_});var Zu=B((B0,Ju)=>{function eb(i,e){return i.has(e)}Ju.exports=eb});var Yo=B((O0,Qu)=>{var tb=Yu(),ib=Xu(),rb=Zu(),nb=1,sb=2;function ob(i,e,t,r,n,s){var o=t&nb,a=i.length,l=e.length;if(a!=l&&!(o&&l>a))return!1;var d=s.get(i),c=s.get(e);if(d&&c)return d==e&&c==i;var h=-1,f=!0,p=t&sb?new tb:void 0;for(s.set(i,e),s.set(e,i);++h<a;){var _=i[h],v=e[h];if(r)var y=o?r(v,_,h,e,i,s):r(_,v,h,i,e,s);if(y!==void 0){if(y)continue;f=!1;break}if(p){if(!ib(e,function(C,E){if(!rb(p,E)&&(_===C||n(_,C,t,r,s)))return p.push(E)})){f=!1;break}}else if(!(_===v||n(_,v,t,r,s))){f=!1;break}}return s.delete(i),s.delete(e),f}Qu.exports=ob});var tc=B((N0,ec)=>{var ab=ft(),lb=ab.Uint8Array;ec.exports=lb});var rc=B((H0,ic)=>{function db(i){var e=-1,t=Array(i.size);return i.forEach(function(r,n){t[++e]=[n,r]}),t}ic.exports=db});var sc=B((F0,nc)=>{function ub(i){var e=-1,t=Array(i.size);return i.forEach(function(r){t[++e]=r}),t}nc.exports=ub});var uc=B((q0,dc)=>{var oc=Ln(),ac=tc(),cb=Fo(),hb=Yo(),fb=rc(),mb=sc(),pb=1,gb=2,_b="[object Boolean]",bb="[object Date]",vb="[object Error]",yb="[object Map]",wb="[object Number]",xb="[object RegExp]",Eb="[object Set]",Tb="[object String]",Cb="[object Symbol]",Ab="[object ArrayBuffer]",Db="[object DataView]",lc=oc?oc.prototype:void 0,Go=lc?lc.valueOf:void 0;function Sb(i,e,t,r,n,s,o){switch(t){case Db:if(i.byteLength!=e.byteLength||i.byteOffset!=e.byteOffset)return!1;i=i.buffer,e=e.buffer;case Ab:return!(i.byteLength!=e.byteLength||!s(new ac(i),new ac(e)));case _b:case bb:case wb:return cb(+i,+e);case vb:return i.name==e.name&&i.message==e.message;case xb:case Tb:return i==e+"";case yb:var a=fb;case Eb:var l=r&pb;if(a||(a=mb),i.size!=e.size&&!l)return!1;var d=o.get(i);if(d)return d==e;r|=gb,o.set(i,e);var c=hb(a(i),a(e),r,n,s,o);return o.delete(i),c;case Cb:if(Go)return Go.call(i)==Go.call(e)}return!1}dc.exports=Sb});var hc=B((W0,cc)=>{function Mb(i,e){for(var t=-1,r=e.length,n=i.length;++t<r;)i[n+t]=e[t];return i}cc.exports=Mb});var Nn=B((U0,fc)=>{var Ib=Array.isArray;fc.exports=Ib});var pc=B(($0,mc)=>{var jb=hc(),Rb=Nn();function kb(i,e,t){var r=e(i);return Rb(i)?r:jb(r,t(i))}mc.exports=kb});var _c=B((V0,gc)=>{function zb(i,e){for(var t=-1,r=i==null?0:i.length,n=0,s=[];++t<r;){var o=i[t];e(o,t,i)&&(s[n++]=o)}return s}gc.exports=zb});var vc=B((K0,bc)=>{function Pb(){return[]}bc.exports=Pb});var xc=B((Y0,wc)=>{var Lb=_c(),Bb=vc(),Ob=Object.prototype,Nb=Ob.propertyIsEnumerable,yc=Object.getOwnPropertySymbols,Hb=yc?function(i){return i==null?[]:(i=Object(i),Lb(yc(i),function(e){return Nb.call(i,e)}))}:Bb;wc.exports=Hb});var Tc=B((G0,Ec)=>{function Fb(i,e){for(var t=-1,r=Array(i);++t<i;)r[t]=e(t);return r}Ec.exports=Fb});var jr=B((X0,Cc)=>{function qb(i){return i!=null&&typeof i=="object"}Cc.exports=qb});var Dc=B((J0,Ac)=>{var Wb=Sr(),Ub=jr(),$b="[object Arguments]";function Vb(i){return Ub(i)&&Wb(i)==$b}Ac.exports=Vb});var jc=B((Z0,Ic)=>{var Sc=Dc(),Kb=jr(),Mc=Object.prototype,Yb=Mc.hasOwnProperty,Gb=Mc.propertyIsEnumerable,Xb=Sc((function(){return arguments})())?Sc:function(i){return Kb(i)&&Yb.call(i,"callee")&&!Gb.call(i,"callee")};Ic.exports=Xb});var kc=B((Q0,Rc)=>{function Jb(){return!1}Rc.exports=Jb});var Xo=B((Rr,Bi)=>{var Zb=ft(),Qb=kc(),Lc=typeof Rr=="object"&&Rr&&!Rr.nodeType&&Rr,zc=Lc&&typeof Bi=="object"&&Bi&&!Bi.nodeType&&Bi,ev=zc&&zc.exports===Lc,Pc=ev?Zb.Buffer:void 0,tv=Pc?Pc.isBuffer:void 0,iv=tv||Qb;Bi.exports=iv});var Oc=B((ex,Bc)=>{var rv=9007199254740991,nv=/^(?:0|[1-9]\d*)$/;function sv(i,e){var t=typeof i;return e=e??rv,!!e&&(t=="number"||t!="symbol"&&nv.test(i))&&i>-1&&i%1==0&&i<e}Bc.exports=sv});var Jo=B((tx,Nc)=>{var ov=9007199254740991;function av(i){return typeof i=="number"&&i>-1&&i%1==0&&i<=ov}Nc.exports=av});var Fc=B((ix,Hc)=>{var lv=Sr(),dv=Jo(),uv=jr(),cv="[object Arguments]",hv="[object Array]",fv="[object Boolean]",mv="[object Date]",pv="[object Error]",gv="[object Function]",_v="[object Map]",bv="[object Number]",vv="[object Object]",yv="[object RegExp]",wv="[object Set]",xv="[object String]",Ev="[object WeakMap]",Tv="[object ArrayBuffer]",Cv="[object DataView]",Av="[object Float32Array]",Dv="[object Float64Array]",Sv="[object Int8Array]",Mv="[object Int16Array]",Iv="[object Int32Array]",jv="[object Uint8Array]",Rv="[object Uint8ClampedArray]",kv="[object Uint16Array]",zv="[object Uint32Array]",de={};de[Av]=de[Dv]=de[Sv]=de[Mv]=de[Iv]=de[jv]=de[Rv]=de[kv]=de[zv]=!0;de[cv]=de[hv]=de[Tv]=de[fv]=de[Cv]=de[mv]=de[pv]=de[gv]=de[_v]=de[bv]=de[vv]=de[yv]=de[wv]=de[xv]=de[Ev]=!1;function Pv(i){return uv(i)&&dv(i.length)&&!!de[lv(i)]}Hc.exports=Pv});var Wc=B((rx,qc)=>{function Lv(i){return function(e){return i(e)}}qc.exports=Lv});var $c=B((kr,Oi)=>{var Bv=qo(),Uc=typeof kr=="object"&&kr&&!kr.nodeType&&kr,zr=Uc&&typeof Oi=="object"&&Oi&&!Oi.nodeType&&Oi,Ov=zr&&zr.exports===Uc,Zo=Ov&&Bv.process,Nv=(function(){try{var i=zr&&zr.require&&zr.require("util").types;return i||Zo&&Zo.binding&&Zo.binding("util")}catch{}})();Oi.exports=Nv});var Qo=B((nx,Yc)=>{var Hv=Fc(),Fv=Wc(),Vc=$c(),Kc=Vc&&Vc.isTypedArray,qv=Kc?Fv(Kc):Hv;Yc.exports=qv});var Xc=B((sx,Gc)=>{var Wv=Tc(),Uv=jc(),$v=Nn(),Vv=Xo(),Kv=Oc(),Yv=Qo(),Gv=Object.prototype,Xv=Gv.hasOwnProperty;function Jv(i,e){var t=$v(i),r=!t&&Uv(i),n=!t&&!r&&Vv(i),s=!t&&!r&&!n&&Yv(i),o=t||r||n||s,a=o?Wv(i.length,String):[],l=a.length;for(var d in i)(e||Xv.call(i,d))&&!(o&&(d=="length"||n&&(d=="offset"||d=="parent")||s&&(d=="buffer"||d=="byteLength"||d=="byteOffset")||Kv(d,l)))&&a.push(d);return a}Gc.exports=Jv});var Zc=B((ox,Jc)=>{var Zv=Object.prototype;function Qv(i){var e=i&&i.constructor,t=typeof e=="function"&&e.prototype||Zv;return i===t}Jc.exports=Qv});var eh=B((ax,Qc)=>{function ey(i,e){return function(t){return i(e(t))}}Qc.exports=ey});var ih=B((lx,th)=>{var ty=eh(),iy=ty(Object.keys,Object);th.exports=iy});var nh=B((dx,rh)=>{var ry=Zc(),ny=ih(),sy=Object.prototype,oy=sy.hasOwnProperty;function ay(i){if(!ry(i))return ny(i);var e=[];for(var t in Object(i))oy.call(i,t)&&t!="constructor"&&e.push(t);return e}rh.exports=ay});var oh=B((ux,sh)=>{var ly=Uo(),dy=Jo();function uy(i){return i!=null&&dy(i.length)&&!ly(i)}sh.exports=uy});var lh=B((cx,ah)=>{var cy=Xc(),hy=nh(),fy=oh();function my(i){return fy(i)?cy(i):hy(i)}ah.exports=my});var uh=B((hx,dh)=>{var py=pc(),gy=xc(),_y=lh();function by(i){return py(i,_y,gy)}dh.exports=by});var fh=B((fx,hh)=>{var ch=uh(),vy=1,yy=Object.prototype,wy=yy.hasOwnProperty;function xy(i,e,t,r,n,s){var o=t&vy,a=ch(i),l=a.length,d=ch(e),c=d.length;if(l!=c&&!o)return!1;for(var h=l;h--;){var f=a[h];if(!(o?f in e:wy.call(e,f)))return!1}var p=s.get(i),_=s.get(e);if(p&&_)return p==e&&_==i;var v=!0;s.set(i,e),s.set(e,i);for(var y=o;++h<l;){f=a[h];var C=i[f],E=e[f];if(r)var w=o?r(E,C,f,e,i,s):r(C,E,f,i,e,s);if(!(w===void 0?C===E||n(C,E,t,r,s):w)){v=!1;break}y||(y=f=="constructor")}if(v&&!y){var T=i.constructor,A=e.constructor;T!=A&&"constructor"in i&&"constructor"in e&&!(typeof T=="function"&&T instanceof T&&typeof A=="function"&&A instanceof A)&&(v=!1)}return s.delete(i),s.delete(e),v}hh.exports=xy});var ph=B((mx,mh)=>{var Ey=ii(),Ty=ft(),Cy=Ey(Ty,"DataView");mh.exports=Cy});var _h=B((px,gh)=>{var Ay=ii(),Dy=ft(),Sy=Ay(Dy,"Promise");gh.exports=Sy});var vh=B((gx,bh)=>{var My=ii(),Iy=ft(),jy=My(Iy,"Set");bh.exports=jy});var wh=B((_x,yh)=>{var Ry=ii(),ky=ft(),zy=Ry(ky,"WeakMap");yh.exports=zy});var Mh=B((bx,Sh)=>{var ea=ph(),ta=Bn(),ia=_h(),ra=vh(),na=wh(),Dh=Sr(),Ni=Vo(),xh="[object Map]",Py="[object Object]",Eh="[object Promise]",Th="[object Set]",Ch="[object WeakMap]",Ah="[object DataView]",Ly=Ni(ea),By=Ni(ta),Oy=Ni(ia),Ny=Ni(ra),Hy=Ni(na),ri=Dh;(ea&&ri(new ea(new ArrayBuffer(1)))!=Ah||ta&&ri(new ta)!=xh||ia&&ri(ia.resolve())!=Eh||ra&&ri(new ra)!=Th||na&&ri(new na)!=Ch)&&(ri=function(i){var e=Dh(i),t=e==Py?i.constructor:void 0,r=t?Ni(t):"";if(r)switch(r){case Ly:return Ah;case By:return xh;case Oy:return Eh;case Ny:return Th;case Hy:return Ch}return e});Sh.exports=ri});var Bh=B((vx,Lh)=>{var sa=qu(),Fy=Yo(),qy=uc(),Wy=fh(),Ih=Mh(),jh=Nn(),Rh=Xo(),Uy=Qo(),$y=1,kh="[object Arguments]",zh="[object Array]",Hn="[object Object]",Vy=Object.prototype,Ph=Vy.hasOwnProperty;function Ky(i,e,t,r,n,s){var o=jh(i),a=jh(e),l=o?zh:Ih(i),d=a?zh:Ih(e);l=l==kh?Hn:l,d=d==kh?Hn:d;var c=l==Hn,h=d==Hn,f=l==d;if(f&&Rh(i)){if(!Rh(e))return!1;o=!0,c=!1}if(f&&!c)return s||(s=new sa),o||Uy(i)?Fy(i,e,t,r,n,s):qy(i,e,l,t,r,n,s);if(!(t&$y)){var p=c&&Ph.call(i,"__wrapped__"),_=h&&Ph.call(e,"__wrapped__");if(p||_){var v=p?i.value():i,y=_?e.value():e;return s||(s=new sa),n(v,y,t,r,s)}}return f?(s||(s=new sa),Wy(i,e,t,r,n,s)):!1}Lh.exports=Ky});var Fh=B((yx,Hh)=>{var Yy=Bh(),Oh=jr();function Nh(i,e,t,r,n){return i===e?!0:i==null||e==null||!Oh(i)&&!Oh(e)?i!==i&&e!==e:Yy(i,e,t,r,Nh,n)}Hh.exports=Nh});var Wh=B((wx,qh)=>{var Gy=Fh();function Xy(i,e){return Gy(i,e)}qh.exports=Xy});var Lr,oa,Br,Un,aa,Xh,gt,Tt,Jh,la,Zh,Qh,da,ua,ca,ef,tf,$n,ha,rf,ue=M(()=>{Lr="1.13.8",oa=typeof self=="object"&&self.self===self&&self||typeof global=="object"&&global.global===global&&global||Function("return this")()||{},Br=Array.prototype,Un=Object.prototype,aa=typeof Symbol<"u"?Symbol.prototype:null,Xh=Br.push,gt=Br.slice,Tt=Un.toString,Jh=Un.hasOwnProperty,la=typeof ArrayBuffer<"u",Zh=typeof DataView<"u",Qh=Array.isArray,da=Object.keys,ua=Object.create,ca=la&&ArrayBuffer.isView,ef=isNaN,tf=isFinite,$n=!{toString:null}.propertyIsEnumerable("toString"),ha=["valueOf","isPrototypeOf","toString","propertyIsEnumerable","hasOwnProperty","toLocaleString"],rf=Math.pow(2,53)-1});function Z(i,e){return e=e==null?i.length-1:+e,function(){for(var t=Math.max(arguments.length-e,0),r=Array(t),n=0;n<t;n++)r[n]=arguments[n+e];switch(e){case 0:return i.call(this,r);case 1:return i.call(this,arguments[0],r);case 2:return i.call(this,arguments[0],arguments[1],r)}var s=Array(e+1);for(n=0;n<e;n++)s[n]=arguments[n];return s[e]=r,i.apply(this,s)}}var qe=M(()=>{});function Se(i){var e=typeof i;return e==="function"||e==="object"&&!!i}var qt=M(()=>{});function Vn(i){return i===null}var nf=M(()=>{});function Fi(i){return i===void 0}var fa=M(()=>{});function qi(i){return i===!0||i===!1||Tt.call(i)==="[object Boolean]"}var ma=M(()=>{ue()});function Kn(i){return!!(i&&i.nodeType===1)}var sf=M(()=>{});function X(i){var e="[object "+i+"]";return function(t){return Tt.call(t)===e}}var Ee=M(()=>{ue()});var si,Yn=M(()=>{Ee();si=X("String")});var Or,pa=M(()=>{Ee();Or=X("Number")});var ga,of=M(()=>{Ee();ga=X("Date")});var _a,af=M(()=>{Ee();_a=X("RegExp")});var ba,lf=M(()=>{Ee();ba=X("Error")});var Nr,va=M(()=>{Ee();Nr=X("Symbol")});var Hr,ya=M(()=>{Ee();Hr=X("ArrayBuffer")});var df,Zy,ne,Ke=M(()=>{Ee();ue();df=X("Function"),Zy=oa.document&&oa.document.childNodes;typeof/./!="function"&&typeof Int8Array!="object"&&typeof Zy!="function"&&(df=function(i){return typeof i=="function"||!1});ne=df});var wa,uf=M(()=>{Ee();wa=X("Object")});var Gn,Wi,Ui=M(()=>{ue();uf();Gn=Zh&&(!/\[native code\]/.test(String(DataView))||wa(new DataView(new ArrayBuffer(8)))),Wi=typeof Map<"u"&&wa(new Map)});function ew(i){return i!=null&&ne(i.getInt8)&&Hr(i.buffer)}var Qy,Wt,Xn=M(()=>{Ee();Ke();ya();Ui();Qy=X("DataView");Wt=Gn?ew:Qy});var ze,Ut=M(()=>{ue();Ee();ze=Qh||X("Array")});function Te(i,e){return i!=null&&Jh.call(i,e)}var Ct=M(()=>{ue()});var xa,oi,Jn=M(()=>{Ee();Ct();xa=X("Arguments");(function(){xa(arguments)||(xa=function(i){return Te(i,"callee")})})();oi=xa});function Zn(i){return!Nr(i)&&tf(i)&&!isNaN(parseFloat(i))}var cf=M(()=>{ue();va()});function $i(i){return Or(i)&&ef(i)}var Ea=M(()=>{ue();pa()});function Vi(i){return function(){return i}}var Ta=M(()=>{});function Fr(i){return function(e){var t=i(e);return typeof t=="number"&&t>=0&&t<=rf}}var Ca=M(()=>{ue()});function qr(i){return function(e){return e?.[i]}}var Aa=M(()=>{});var ai,Qn=M(()=>{Aa();ai=qr("byteLength")});var hf,ff=M(()=>{Ca();Qn();hf=Fr(ai)});function iw(i){return ca?ca(i)&&!Wt(i):hf(i)&&tw.test(Tt.call(i))}var tw,Wr,Da=M(()=>{ue();Xn();Ta();ff();tw=/\[object ((I|Ui)nt(8|16|32)|Float(32|64)|Uint8Clamped|Big(I|Ui)nt64)Array\]/;Wr=la?iw:Vi(!1)});var se,Ye=M(()=>{Aa();se=qr("length")});function rw(i){for(var e={},t=i.length,r=0;r<t;++r)e[i[r]]=!0;return{contains:function(n){return e[n]===!0},push:function(n){return e[n]=!0,i.push(n)}}}function Ur(i,e){e=rw(e);var t=ha.length,r=i.constructor,n=ne(r)&&r.prototype||Un,s="constructor";for(Te(i,s)&&!e.contains(s)&&e.push(s);t--;)s=ha[t],s in i&&i[s]!==n[s]&&!e.contains(s)&&e.push(s)}var Sa=M(()=>{ue();Ke();Ct()});function K(i){if(!Se(i))return[];if(da)return da(i);var e=[];for(var t in i)Te(i,t)&&e.push(t);return $n&&Ur(i,e),e}var ye=M(()=>{qt();ue();Ct();Sa()});function es(i){if(i==null)return!0;var e=se(i);return typeof e=="number"&&(ze(i)||si(i)||oi(i))?e===0:se(K(i))===0}var mf=M(()=>{Ye();Ut();Yn();Jn();ye()});function Ki(i,e){var t=K(e),r=t.length;if(i==null)return!r;for(var n=Object(i),s=0;s<r;s++){var o=t[s];if(e[o]!==n[o]||!(o in n))return!1}return!0}var Ma=M(()=>{ye()});function $(i){if(i instanceof $)return i;if(!(this instanceof $))return new $(i);this._wrapped=i}var We=M(()=>{ue();$.VERSION=Lr;$.prototype.value=function(){return this._wrapped};$.prototype.valueOf=$.prototype.toJSON=$.prototype.value;$.prototype.toString=function(){return String(this._wrapped)}});function ts(i){return new Uint8Array(i.buffer||i,i.byteOffset||0,ai(i))}var pf=M(()=>{Qn()});function is(i,e){for(var t=[{a:i,b:e}],r=[],n=[];t.length;){var s=t.pop();if(s===!0){r.pop(),n.pop();continue}if(i=s.a,e=s.b,i===e){if(i!==0||1/i===1/e)continue;return!1}if(i==null||e==null)return!1;if(i!==i){if(e!==e)continue;return!1}var o=typeof i;if(o!=="function"&&o!=="object"&&typeof e!="object")return!1;i instanceof $&&(i=i._wrapped),e instanceof $&&(e=e._wrapped);var a=Tt.call(i);if(a!==Tt.call(e))return!1;if(Gn&&a=="[object Object]"&&Wt(i)){if(!Wt(e))return!1;a=gf}switch(a){case"[object RegExp]":case"[object String]":if(""+i==""+e)continue;return!1;case"[object Number]":t.push({a:+i,b:+e});continue;case"[object Date]":case"[object Boolean]":if(+i==+e)continue;return!1;case"[object Symbol]":if(aa.valueOf.call(i)===aa.valueOf.call(e))continue;return!1;case"[object ArrayBuffer]":case gf:t.push({a:ts(i),b:ts(e)});continue}var l=a==="[object Array]";if(!l&&Wr(i)){var d=ai(i);if(d!==ai(e))return!1;if(i.buffer===e.buffer&&i.byteOffset===e.byteOffset)continue;l=!0}if(!l){if(typeof i!="object"||typeof e!="object")return!1;var c=i.constructor,h=e.constructor;if(c!==h&&!(ne(c)&&c instanceof c&&ne(h)&&h instanceof h)&&"constructor"in i&&"constructor"in e)return!1}for(var f=r.length;f--;)if(r[f]===i){if(n[f]===e)break;return!1}if(!(f>=0))if(r.push(i),n.push(e),t.push(!0),l){if(f=i.length,f!==e.length)return!1;for(;f--;)t.push({a:i[f],b:e[f]})}else{var p=K(i),_;if(f=p.length,K(e).length!==f)return!1;for(;f--;){if(_=p[f],!Te(e,_))return!1;t.push({a:i[_],b:e[_]})}}}return!0}var gf,_f=M(()=>{We();ue();Qn();Da();Ke();Ui();Xn();ye();Ct();pf();gf="[object DataView]"});function it(i){if(!Se(i))return[];var e=[];for(var t in i)e.push(t);return $n&&Ur(i,e),e}var Yi=M(()=>{qt();ue();Sa()});function Gi(i){var e=se(i);return function(t){if(t==null)return!1;var r=it(t);if(se(r))return!1;for(var n=0;n<e;n++)if(!ne(t[i[n]]))return!1;return i!==Ra||!ne(t[Ia])}}var Ia,bf,ja,vf,yf,Ra,wf,rs=M(()=>{Ye();Ke();Yi();Ia="forEach",bf="has",ja=["clear","delete"],vf=["get",bf,"set"],yf=ja.concat(Ia,vf),Ra=ja.concat(vf),wf=["add"].concat(ja,Ia,bf)});var ka,xf=M(()=>{Ee();Ui();rs();ka=Wi?Gi(yf):X("Map")});var za,Ef=M(()=>{Ee();Ui();rs();za=Wi?Gi(Ra):X("WeakMap")});var Pa,Tf=M(()=>{Ee();Ui();rs();Pa=Wi?Gi(wf):X("Set")});var La,Cf=M(()=>{Ee();La=X("WeakSet")});function Ue(i){for(var e=K(i),t=e.length,r=Array(t),n=0;n<t;n++)r[n]=i[e[n]];return r}var li=M(()=>{ye()});function ns(i){for(var e=K(i),t=e.length,r=Array(t),n=0;n<t;n++)r[n]=[e[n],i[e[n]]];return r}var Af=M(()=>{ye()});function Xi(i){for(var e={},t=K(i),r=0,n=t.length;r<n;r++)e[i[t[r]]]=t[r];return e}var Ba=M(()=>{ye()});function di(i){var e=[];for(var t in i)ne(i[t])&&e.push(t);return e.sort()}var Oa=M(()=>{Ke()});function ui(i,e){return function(t){var r=arguments.length;if(e&&(t=Object(t)),r<2||t==null)return t;for(var n=1;n<r;n++)for(var s=arguments[n],o=i(s),a=o.length,l=0;l<a;l++){var d=o[l];(!e||t[d]===void 0)&&(t[d]=s[d])}return t}}var ss=M(()=>{});var $r,Na=M(()=>{ss();Yi();$r=ui(it)});var $t,os=M(()=>{ss();ye();$t=ui(K)});var Vr,Ha=M(()=>{ss();Yi();Vr=ui(it,!0)});function nw(){return function(){}}function Kr(i){if(!Se(i))return{};if(ua)return ua(i);var e=nw();e.prototype=i;var t=new e;return e.prototype=null,t}var Fa=M(()=>{qt();ue()});function as(i,e){var t=Kr(i);return e&&$t(t,e),t}var Df=M(()=>{Fa();os()});function ls(i){return Se(i)?ze(i)?i.slice():$r({},i):i}var Sf=M(()=>{qt();Ut();Na()});function ds(i,e){return e(i),i}var Mf=M(()=>{});function Yr(i){return ze(i)?i:[i]}var qa=M(()=>{We();Ut();$.toPath=Yr});function st(i){return $.toPath(i)}var Ji=M(()=>{We();qa()});function ci(i,e){for(var t=e.length,r=0;r<t;r++){if(i==null)return;i=i[e[r]]}return t?i:void 0}var us=M(()=>{});function Zi(i,e,t){var r=ci(i,st(e));return Fi(r)?t:r}var Wa=M(()=>{Ji();us();fa()});function cs(i,e){e=st(e);for(var t=e.length,r=0;r<t;r++){var n=e[r];if(!Te(i,n))return!1;i=i[n]}return!!t}var If=M(()=>{Ct();Ji()});function Vt(i){return i}var hs=M(()=>{});function ot(i){return i=$t({},i),function(e){return Ki(e,i)}}var Gr=M(()=>{os();Ma()});function Kt(i){return i=st(i),function(e){return ci(e,i)}}var fs=M(()=>{us();Ji()});function at(i,e,t){if(e===void 0)return i;switch(t??3){case 1:return function(r){return i.call(e,r)};case 3:return function(r,n,s){return i.call(e,r,n,s)};case 4:return function(r,n,s,o){return i.call(e,r,n,s,o)}}return function(){return i.apply(e,arguments)}}var Qi=M(()=>{});function Xr(i,e,t){return i==null?Vt:ne(i)?at(i,e,t):Se(i)&&!ze(i)?ot(i):Kt(i)}var Ua=M(()=>{hs();Ke();qt();Ut();Gr();fs();Qi()});function hi(i,e){return Xr(i,e,1/0)}var $a=M(()=>{We();Ua();$.iteratee=hi});function Q(i,e,t){return $.iteratee!==hi?$.iteratee(i,e):Xr(i,e,t)}var Pe=M(()=>{We();Ua();$a()});function ms(i,e,t){e=Q(e,t);for(var r=K(i),n=r.length,s={},o=0;o<n;o++){var a=r[o];s[a]=e(i[a],a,i)}return s}var jf=M(()=>{Pe();ye()});function er(){}var Va=M(()=>{});function ps(i){return i==null?er:function(e){return Zi(i,e)}}var Rf=M(()=>{Va();Wa()});function gs(i,e,t){var r=Array(Math.max(0,i));e=at(e,t,1);for(var n=0;n<i;n++)r[n]=e(n);return r}var kf=M(()=>{Qi()});function fi(i,e){return e==null&&(e=i,i=0),i+Math.floor(Math.random()*(e-i+1))}var Ka=M(()=>{});var At,_s=M(()=>{At=Date.now||function(){return new Date().getTime()}});function Jr(i){var e=function(s){return i[s]},t="(?:"+K(i).join("|")+")",r=RegExp(t),n=RegExp(t,"g");return function(s){return s=s==null?"":""+s,r.test(s)?s.replace(n,e):s}}var Ya=M(()=>{ye()});var bs,Ga=M(()=>{bs={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;"}});var Xa,zf=M(()=>{Ya();Ga();Xa=Jr(bs)});var Pf,Lf=M(()=>{Ba();Ga();Pf=Xi(bs)});var Ja,Bf=M(()=>{Ya();Lf();Ja=Jr(Pf)});var Za,Qa=M(()=>{We();Za=$.templateSettings={evaluate:/<%([\s\S]+?)%>/g,interpolate:/<%=([\s\S]+?)%>/g,escape:/<%-([\s\S]+?)%>/g}});function aw(i){return"\\"+sw[i]}function vs(i,e,t){!e&&t&&(e=t),e=Vr({},e,$.templateSettings);var r=RegExp([(e.escape||el).source,(e.interpolate||el).source,(e.evaluate||el).source].join("|")+"|$","g"),n=0,s="__p+='";i.replace(r,function(d,c,h,f,p){return s+=i.slice(n,p).replace(ow,aw),n=p+d.length,c?s+=`'+
((__t=(`+c+`))==null?'':_.escape(__t))+
'`:h?s+=`'+
((__t=(`+h+`))==null?'':__t)+
'`:f&&(s+=`';
`+f+`
__p+='`),d}),s+=`';
`;var o=e.variable;if(o){if(!lw.test(o))throw new Error("variable is not a bare identifier: "+o)}else s=`with(obj||{}){
`+s+`}
`,o="obj";s=`var __t,__p='',__j=Array.prototype.join,print=function(){__p+=__j.call(arguments,'');};
`+s+`return __p;
`;var a;try{a=new Function(o,"_",s)}catch(d){throw d.source=s,d}var l=function(d){return a.call(this,d,$)};return l.source="function("+o+`){
`+s+"}",l}var el,sw,ow,lw,Of=M(()=>{Ha();We();Qa();el=/(.)^/,sw={"'":"'","\\":"\\","\r":"r","\n":"n","\u2028":"u2028","\u2029":"u2029"},ow=/\\|'|\r|\n|\u2028|\u2029/g;lw=/^\s*(\w|\$)+\s*$/});function ys(i,e,t){e=st(e);var r=e.length;if(!r)return ne(t)?t.call(i):t;for(var n=0;n<r;n++){var s=i?.[e[n]];s===void 0&&(s=t,n=r),i=ne(s)?s.call(i):s}return i}var Nf=M(()=>{Ke();Ji()});function ws(i){var e=++dw+"";return i?i+e:e}var dw,Hf=M(()=>{dw=0});function xs(i){var e=$(i);return e._chain=!0,e}var Ff=M(()=>{We()});function Zr(i,e,t,r,n){if(!(r instanceof e))return i.apply(t,n);var s=Kr(i.prototype),o=i.apply(s,n);return Se(o)?o:s}var tl=M(()=>{Fa();qt()});var il,Dt,Qr=M(()=>{qe();tl();We();il=Z(function(i,e){var t=il.placeholder,r=function(){for(var n=0,s=e.length,o=Array(s),a=0;a<s;a++)o[a]=e[a]===t?arguments[n++]:e[a];for(;n<arguments.length;)o.push(arguments[n++]);return Zr(i,r,this,this,o)};return r});il.placeholder=$;Dt=il});var en,rl=M(()=>{qe();Ke();tl();en=Z(function(i,e,t){if(!ne(i))throw new TypeError("Bind must be called on a function");var r=Z(function(n){return Zr(i,r,e,this,t.concat(n))});return r})});var le,$e=M(()=>{Ca();Ye();le=Fr(se)});function Ge(i,e,t){!e&&e!==0&&(e=1/0);for(var r=[],n=0,s=0,o=se(i)||0,a=[];;){if(s>=o){if(!a.length)break;var l=a.pop();s=l.i,i=l.v,o=se(i);continue}var d=i[s++];a.length>=e?r[n++]=d:le(d)&&(ze(d)||oi(d))?(a.push({i:s,v:i}),s=0,i=d,o=se(i)):t||(r[n++]=d)}return r}var mi=M(()=>{Ye();$e();Ut();Jn()});var nl,qf=M(()=>{qe();mi();rl();nl=Z(function(i,e){e=Ge(e,!1,!1);var t=e.length;if(t<1)throw new Error("bindAll must be passed function names");for(;t--;){var r=e[t];i[r]=en(i[r],i)}return i})});function Es(i,e){var t=function(r){var n=t.cache,s=""+(e?e.apply(this,arguments):r);return Te(n,s)||(n[s]=i.apply(this,arguments)),n[s]};return t.cache={},t}var Wf=M(()=>{Ct()});var tn,sl=M(()=>{qe();tn=Z(function(i,e,t){return setTimeout(function(){return i.apply(null,t)},e)})});var ol,Uf=M(()=>{Qr();sl();We();ol=Dt(tn,$,1)});function Ts(i,e,t){var r,n,s,o,a=0;t||(t={});var l=function(){a=t.leading===!1?0:At(),r=null,o=i.apply(n,s),r||(n=s=null)},d=function(){var c=At();!a&&t.leading===!1&&(a=c);var h=e-(c-a);return n=this,s=arguments,h<=0||h>e?(r&&(clearTimeout(r),r=null),a=c,o=i.apply(n,s),r||(n=s=null)):!r&&t.trailing!==!1&&(r=setTimeout(l,h)),o};return d.cancel=function(){clearTimeout(r),a=0,r=n=s=null},d}var $f=M(()=>{_s()});function Cs(i,e,t){var r,n,s,o,a,l=function(){var c=At()-n;e>c?r=setTimeout(l,e-c):(r=null,t||(o=i.apply(a,s)),r||(s=a=null))},d=Z(function(c){return a=this,s=c,n=At(),r||(r=setTimeout(l,e),t&&(o=i.apply(a,s))),o});return d.cancel=function(){clearTimeout(r),r=s=a=null},d}var Vf=M(()=>{qe();_s()});function As(i,e){return Dt(e,i)}var Kf=M(()=>{Qr()});function Yt(i){return function(){return!i.apply(this,arguments)}}var Ds=M(()=>{});function Ss(){var i=arguments,e=i.length-1;return function(){for(var t=e,r=i[e].apply(this,arguments);t--;)r=i[t].call(this,r);return r}}var Yf=M(()=>{});function Ms(i,e){return function(){if(--i<1)return e.apply(this,arguments)}}var Gf=M(()=>{});function tr(i,e){var t;return function(){return--i>0&&(t=e.apply(this,arguments)),i<=1&&(e=null),t}}var al=M(()=>{});var ll,Xf=M(()=>{Qr();al();ll=Dt(tr,2)});function ir(i,e,t){e=Q(e,t);for(var r=K(i),n,s=0,o=r.length;s<o;s++)if(n=r[s],e(i[n],n,i))return n}var dl=M(()=>{Pe();ye()});function rn(i){return function(e,t,r){t=Q(t,r);for(var n=se(e),s=i>0?0:n-1;s>=0&&s<n;s+=i)if(t(e[s],s,e))return s;return-1}}var ul=M(()=>{Pe();Ye()});var pi,Is=M(()=>{ul();pi=rn(1)});var nn,cl=M(()=>{ul();nn=rn(-1)});function rr(i,e,t,r){t=Q(t,r,1);for(var n=t(e),s=0,o=se(i);s<o;){var a=Math.floor((s+o)/2);t(i[a])<n?s=a+1:o=a}return s}var hl=M(()=>{Pe();Ye()});function sn(i,e,t){return function(r,n,s){var o=0,a=se(r);if(typeof s=="number")i>0?o=s>=0?s:Math.max(s+a,o):a=s>=0?Math.min(s+1,a):s+a+1;else if(t&&s&&a)return s=t(r,n),r[s]===n?s:-1;if(n!==n)return s=e(gt.call(r,o,a),$i),s>=0?s+o:-1;for(s=i>0?o:a-1;s>=0&&s<a;s+=i)if(r[s]===n)return s;return-1}}var fl=M(()=>{Ye();ue();Ea()});var on,ml=M(()=>{hl();Is();fl();on=sn(1,pi,rr)});var pl,Jf=M(()=>{cl();fl();pl=sn(-1,nn)});function gi(i,e,t){var r=le(i)?pi:ir,n=r(i,e,t);if(n!==void 0&&n!==-1)return i[n]}var gl=M(()=>{$e();Is();dl()});function js(i,e){return gi(i,ot(e))}var Zf=M(()=>{gl();Gr()});function we(i,e,t){e=at(e,t);var r,n;if(le(i))for(r=0,n=i.length;r<n;r++)e(i[r],r,i);else{var s=K(i);for(r=0,n=s.length;r<n;r++)e(i[s[r]],s[r],i)}return i}var Gt=M(()=>{Qi();$e();ye()});function Le(i,e,t){e=Q(e,t);for(var r=!le(i)&&K(i),n=(r||i).length,s=Array(n),o=0;o<n;o++){var a=r?r[o]:o;s[o]=e(i[a],a,i)}return s}var _i=M(()=>{Pe();$e();ye()});function an(i){var e=function(t,r,n,s){var o=!le(t)&&K(t),a=(o||t).length,l=i>0?0:a-1;for(s||(n=t[o?o[l]:l],l+=i);l>=0&&l<a;l+=i){var d=o?o[l]:l;n=r(n,t[d],d,t)}return n};return function(t,r,n,s){var o=arguments.length>=3;return e(t,at(r,s,4),n,o)}}var _l=M(()=>{$e();ye();Qi()});var ln,Qf=M(()=>{_l();ln=an(1)});var Rs,em=M(()=>{_l();Rs=an(-1)});function Xe(i,e,t){var r=[];return e=Q(e,t),we(i,function(n,s,o){e(n,s,o)&&r.push(n)}),r}var nr=M(()=>{Pe();Gt()});function ks(i,e,t){return Xe(i,Yt(Q(e)),t)}var tm=M(()=>{nr();Ds();Pe()});function dn(i,e,t){e=Q(e,t);for(var r=!le(i)&&K(i),n=(r||i).length,s=0;s<n;s++){var o=r?r[s]:s;if(!e(i[o],o,i))return!1}return!0}var im=M(()=>{Pe();$e();ye()});function un(i,e,t){e=Q(e,t);for(var r=!le(i)&&K(i),n=(r||i).length,s=0;s<n;s++){var o=r?r[s]:s;if(e(i[o],o,i))return!0}return!1}var rm=M(()=>{Pe();$e();ye()});function Me(i,e,t,r){return le(i)||(i=Ue(i)),(typeof t!="number"||r)&&(t=0),on(i,e,t)>=0}var sr=M(()=>{$e();li();ml()});var bl,nm=M(()=>{qe();Ke();_i();us();Ji();bl=Z(function(i,e,t){var r,n;return ne(e)?n=e:(e=st(e),r=e.slice(0,-1),e=e[e.length-1]),Le(i,function(s){var o=n;if(!o){if(r&&r.length&&(s=ci(s,r)),s==null)return;o=s[e]}return o==null?o:o.apply(s,t)})})});function Xt(i,e){return Le(i,Kt(e))}var zs=M(()=>{_i();fs()});function Ps(i,e){return Xe(i,ot(e))}var sm=M(()=>{nr();Gr()});function or(i,e,t){var r=-1/0,n=-1/0,s,o;if(e==null||typeof e=="number"&&typeof i[0]!="object"&&i!=null){i=le(i)?i:Ue(i);for(var a=0,l=i.length;a<l;a++)s=i[a],s!=null&&s>r&&(r=s)}else e=Q(e,t),we(i,function(d,c,h){o=e(d,c,h),(o>n||o===-1/0&&r===-1/0)&&(r=d,n=o)});return r}var vl=M(()=>{$e();li();Pe();Gt()});function Ls(i,e,t){var r=1/0,n=1/0,s,o;if(e==null||typeof e=="number"&&typeof i[0]!="object"&&i!=null){i=le(i)?i:Ue(i);for(var a=0,l=i.length;a<l;a++)s=i[a],s!=null&&s<r&&(r=s)}else e=Q(e,t),we(i,function(d,c,h){o=e(d,c,h),(o<n||o===1/0&&r===1/0)&&(r=d,n=o)});return r}var om=M(()=>{$e();li();Pe();Gt()});function ar(i){return i?ze(i)?gt.call(i):si(i)?i.match(uw):le(i)?Le(i,Vt):Ue(i):[]}var uw,yl=M(()=>{Ut();ue();Yn();$e();_i();hs();li();uw=/[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g});function lr(i,e,t){if(e==null||t)return le(i)||(i=Ue(i)),i[fi(i.length-1)];var r=ar(i),n=se(r);e=Math.max(Math.min(e,n),0);for(var s=n-1,o=0;o<e;o++){var a=fi(o,s),l=r[o];r[o]=r[a],r[a]=l}return r.slice(0,e)}var wl=M(()=>{$e();li();Ye();Ka();yl()});function Bs(i){return lr(i,1/0)}var am=M(()=>{wl()});function Os(i,e,t){var r=0;return e=Q(e,t),Xt(Le(i,function(n,s,o){return{value:n,index:r++,criteria:e(n,s,o)}}).sort(function(n,s){var o=n.criteria,a=s.criteria;if(o!==a){if(o>a||o===void 0)return 1;if(o<a||a===void 0)return-1}return n.index-s.index}),"value")}var lm=M(()=>{Pe();zs();_i()});function St(i,e){return function(t,r,n){var s=e?[[],[]]:{};return r=Q(r,n),we(t,function(o,a){var l=r(o,a,t);i(s,o,l)}),s}}var cn=M(()=>{Pe();Gt()});var xl,dm=M(()=>{cn();Ct();xl=St(function(i,e,t){Te(i,t)?i[t].push(e):i[t]=[e]})});var El,um=M(()=>{cn();El=St(function(i,e,t){i[t]=e})});var Tl,cm=M(()=>{cn();Ct();Tl=St(function(i,e,t){Te(i,t)?i[t]++:i[t]=1})});var Cl,hm=M(()=>{cn();Cl=St(function(i,e,t){i[t?0:1].push(e)},!0)});function Ns(i){return i==null?0:le(i)?i.length:K(i).length}var fm=M(()=>{$e();ye()});function Al(i,e,t){return e in t}var mm=M(()=>{});var hn,Dl=M(()=>{qe();Ke();Qi();Yi();mm();mi();hn=Z(function(i,e){var t={},r=e[0];if(i==null)return t;ne(r)?(e.length>1&&(r=at(r,e[1])),e=it(i)):(r=Al,e=Ge(e,!1,!1),i=Object(i));for(var n=0,s=e.length;n<s;n++){var o=e[n],a=i[o];r(a,o,i)&&(t[o]=a)}return t})});var Sl,pm=M(()=>{qe();Ke();Ds();_i();mi();sr();Dl();Sl=Z(function(i,e){var t=e[0],r;return ne(t)?(t=Yt(t),e.length>1&&(r=e[1])):(e=Le(Ge(e,!1,!1),String),t=function(n,s){return!Me(e,s)}),hn(i,t,r)})});function dr(i,e,t){return gt.call(i,0,Math.max(0,i.length-(e==null||t?1:e)))}var Ml=M(()=>{ue()});function ur(i,e,t){return i==null||i.length<1?e==null||t?void 0:[]:e==null||t?i[0]:dr(i,i.length-e)}var gm=M(()=>{Ml()});function Jt(i,e,t){return gt.call(i,e==null||t?1:e)}var Il=M(()=>{ue()});function Hs(i,e,t){return i==null||i.length<1?e==null||t?void 0:[]:e==null||t?i[i.length-1]:Jt(i,Math.max(0,i.length-e))}var _m=M(()=>{Il()});function Fs(i){return Xe(i,Boolean)}var bm=M(()=>{nr()});function qs(i,e){return Ge(i,e,!1)}var vm=M(()=>{mi()});var fn,jl=M(()=>{qe();mi();nr();sr();fn=Z(function(i,e){return e=Ge(e,!0,!0),Xe(i,function(t){return!Me(e,t)})})});var Rl,ym=M(()=>{qe();jl();Rl=Z(function(i,e){return fn(i,e)})});function bi(i,e,t,r){qi(e)||(r=t,t=e,e=!1),t!=null&&(t=Q(t,r));for(var n=[],s=[],o=0,a=se(i);o<a;o++){var l=i[o],d=t?t(l,o,i):l;e&&!t?((!o||s!==d)&&n.push(l),s=d):t?Me(s,d)||(s.push(d),n.push(l)):Me(n,l)||n.push(l)}return n}var kl=M(()=>{ma();Pe();Ye();sr()});var zl,wm=M(()=>{qe();kl();mi();zl=Z(function(i){return bi(Ge(i,!0,!0))})});function Ws(i){for(var e=[],t=arguments.length,r=0,n=se(i);r<n;r++){var s=i[r];if(!Me(e,s)){var o;for(o=1;o<t&&Me(arguments[o],s);o++);o===t&&e.push(s)}}return e}var xm=M(()=>{Ye();sr()});function vi(i){for(var e=i&&or(i,se).length||0,t=Array(e),r=0;r<e;r++)t[r]=Xt(i,r);return t}var Pl=M(()=>{vl();Ye();zs()});var Ll,Em=M(()=>{qe();Pl();Ll=Z(vi)});function Us(i,e){for(var t={},r=0,n=se(i);r<n;r++)e?t[i[r]]=e[r]:t[i[r][0]]=i[r][1];return t}var Tm=M(()=>{Ye()});function $s(i,e,t){e==null&&(e=i||0,i=0),t||(t=e<i?-1:1);for(var r=Math.max(Math.ceil((e-i)/t),0),n=Array(r),s=0;s<r;s++,i+=t)n[s]=i;return n}var Cm=M(()=>{});function Vs(i,e){if(e==null||e<1)return[];for(var t=[],r=0,n=i.length;r<n;)t.push(gt.call(i,r,r+=e));return t}var Am=M(()=>{ue()});function cr(i,e){return i._chain?$(e).chain():e}var Bl=M(()=>{We()});function hr(i){return we(di(i),function(e){var t=$[e]=i[e];$.prototype[e]=function(){var r=[this._wrapped];return Xh.apply(r,arguments),cr(this,t.apply($,r))}}),$}var Dm=M(()=>{We();Gt();Oa();ue();Bl()});var Sm,Mm=M(()=>{We();Gt();ue();Bl();we(["pop","push","reverse","shift","sort","splice","unshift"],function(i){var e=Br[i];$.prototype[i]=function(){var t=this._wrapped;return t!=null&&(e.apply(t,arguments),(i==="shift"||i==="splice")&&t.length===0&&delete t[0]),cr(this,t)}});we(["concat","join","slice"],function(i){var e=Br[i];$.prototype[i]=function(){var t=this._wrapped;return t!=null&&(t=e.apply(t,arguments)),cr(this,t)}});Sm=$});var Ol={};Ho(Ol,{VERSION:()=>Lr,after:()=>Ms,all:()=>dn,allKeys:()=>it,any:()=>un,assign:()=>$t,before:()=>tr,bind:()=>en,bindAll:()=>nl,chain:()=>xs,chunk:()=>Vs,clone:()=>ls,collect:()=>Le,compact:()=>Fs,compose:()=>Ss,constant:()=>Vi,contains:()=>Me,countBy:()=>Tl,create:()=>as,debounce:()=>Cs,default:()=>Sm,defaults:()=>Vr,defer:()=>ol,delay:()=>tn,detect:()=>gi,difference:()=>fn,drop:()=>Jt,each:()=>we,escape:()=>Xa,every:()=>dn,extend:()=>$r,extendOwn:()=>$t,filter:()=>Xe,find:()=>gi,findIndex:()=>pi,findKey:()=>ir,findLastIndex:()=>nn,findWhere:()=>js,first:()=>ur,flatten:()=>qs,foldl:()=>ln,foldr:()=>Rs,forEach:()=>we,functions:()=>di,get:()=>Zi,groupBy:()=>xl,has:()=>cs,head:()=>ur,identity:()=>Vt,include:()=>Me,includes:()=>Me,indexBy:()=>El,indexOf:()=>on,initial:()=>dr,inject:()=>ln,intersection:()=>Ws,invert:()=>Xi,invoke:()=>bl,isArguments:()=>oi,isArray:()=>ze,isArrayBuffer:()=>Hr,isBoolean:()=>qi,isDataView:()=>Wt,isDate:()=>ga,isElement:()=>Kn,isEmpty:()=>es,isEqual:()=>is,isError:()=>ba,isFinite:()=>Zn,isFunction:()=>ne,isMap:()=>ka,isMatch:()=>Ki,isNaN:()=>$i,isNull:()=>Vn,isNumber:()=>Or,isObject:()=>Se,isRegExp:()=>_a,isSet:()=>Pa,isString:()=>si,isSymbol:()=>Nr,isTypedArray:()=>Wr,isUndefined:()=>Fi,isWeakMap:()=>za,isWeakSet:()=>La,iteratee:()=>hi,keys:()=>K,last:()=>Hs,lastIndexOf:()=>pl,map:()=>Le,mapObject:()=>ms,matcher:()=>ot,matches:()=>ot,max:()=>or,memoize:()=>Es,methods:()=>di,min:()=>Ls,mixin:()=>hr,negate:()=>Yt,noop:()=>er,now:()=>At,object:()=>Us,omit:()=>Sl,once:()=>ll,pairs:()=>ns,partial:()=>Dt,partition:()=>Cl,pick:()=>hn,pluck:()=>Xt,property:()=>Kt,propertyOf:()=>ps,random:()=>fi,range:()=>$s,reduce:()=>ln,reduceRight:()=>Rs,reject:()=>ks,rest:()=>Jt,restArguments:()=>Z,result:()=>ys,sample:()=>lr,select:()=>Xe,shuffle:()=>Bs,size:()=>Ns,some:()=>un,sortBy:()=>Os,sortedIndex:()=>rr,tail:()=>Jt,take:()=>ur,tap:()=>ds,template:()=>vs,templateSettings:()=>Za,throttle:()=>Ts,times:()=>gs,toArray:()=>ar,toPath:()=>Yr,transpose:()=>vi,unescape:()=>Ja,union:()=>zl,uniq:()=>bi,unique:()=>bi,uniqueId:()=>ws,unzip:()=>vi,values:()=>Ue,where:()=>Ps,without:()=>Rl,wrap:()=>As,zip:()=>Ll});var Ks=M(()=>{ue();qe();qt();nf();fa();ma();sf();Yn();pa();of();af();lf();va();ya();Xn();Ut();Ke();Jn();cf();Ea();Da();mf();Ma();_f();xf();Ef();Tf();Cf();ye();Yi();li();Af();Ba();Oa();Na();os();Ha();Df();Sf();Mf();Wa();If();jf();hs();Ta();Va();qa();fs();Rf();Gr();kf();Ka();_s();zf();Bf();Qa();Of();Nf();Hf();Ff();$a();Qr();rl();qf();Wf();sl();Uf();$f();Vf();Kf();Ds();Yf();Gf();al();Xf();dl();Is();cl();hl();ml();Jf();gl();Zf();Gt();_i();Qf();em();nr();tm();im();rm();sr();nm();zs();sm();vl();om();am();wl();lm();dm();um();cm();hm();yl();fm();Dl();pm();gm();Ml();_m();Il();bm();vm();ym();kl();wm();xm();jl();Pl();Em();Tm();Cm();Am();Dm();Mm()});var Nl,Im,jm=M(()=>{Ks();Ks();Nl=hr(Ol);Nl._=Nl;Im=Nl});var Rm={};Ho(Rm,{VERSION:()=>Lr,after:()=>Ms,all:()=>dn,allKeys:()=>it,any:()=>un,assign:()=>$t,before:()=>tr,bind:()=>en,bindAll:()=>nl,chain:()=>xs,chunk:()=>Vs,clone:()=>ls,collect:()=>Le,compact:()=>Fs,compose:()=>Ss,constant:()=>Vi,contains:()=>Me,countBy:()=>Tl,create:()=>as,debounce:()=>Cs,default:()=>Im,defaults:()=>Vr,defer:()=>ol,delay:()=>tn,detect:()=>gi,difference:()=>fn,drop:()=>Jt,each:()=>we,escape:()=>Xa,every:()=>dn,extend:()=>$r,extendOwn:()=>$t,filter:()=>Xe,find:()=>gi,findIndex:()=>pi,findKey:()=>ir,findLastIndex:()=>nn,findWhere:()=>js,first:()=>ur,flatten:()=>qs,foldl:()=>ln,foldr:()=>Rs,forEach:()=>we,functions:()=>di,get:()=>Zi,groupBy:()=>xl,has:()=>cs,head:()=>ur,identity:()=>Vt,include:()=>Me,includes:()=>Me,indexBy:()=>El,indexOf:()=>on,initial:()=>dr,inject:()=>ln,intersection:()=>Ws,invert:()=>Xi,invoke:()=>bl,isArguments:()=>oi,isArray:()=>ze,isArrayBuffer:()=>Hr,isBoolean:()=>qi,isDataView:()=>Wt,isDate:()=>ga,isElement:()=>Kn,isEmpty:()=>es,isEqual:()=>is,isError:()=>ba,isFinite:()=>Zn,isFunction:()=>ne,isMap:()=>ka,isMatch:()=>Ki,isNaN:()=>$i,isNull:()=>Vn,isNumber:()=>Or,isObject:()=>Se,isRegExp:()=>_a,isSet:()=>Pa,isString:()=>si,isSymbol:()=>Nr,isTypedArray:()=>Wr,isUndefined:()=>Fi,isWeakMap:()=>za,isWeakSet:()=>La,iteratee:()=>hi,keys:()=>K,last:()=>Hs,lastIndexOf:()=>pl,map:()=>Le,mapObject:()=>ms,matcher:()=>ot,matches:()=>ot,max:()=>or,memoize:()=>Es,methods:()=>di,min:()=>Ls,mixin:()=>hr,negate:()=>Yt,noop:()=>er,now:()=>At,object:()=>Us,omit:()=>Sl,once:()=>ll,pairs:()=>ns,partial:()=>Dt,partition:()=>Cl,pick:()=>hn,pluck:()=>Xt,property:()=>Kt,propertyOf:()=>ps,random:()=>fi,range:()=>$s,reduce:()=>ln,reduceRight:()=>Rs,reject:()=>ks,rest:()=>Jt,restArguments:()=>Z,result:()=>ys,sample:()=>lr,select:()=>Xe,shuffle:()=>Bs,size:()=>Ns,some:()=>un,sortBy:()=>Os,sortedIndex:()=>rr,tail:()=>Jt,take:()=>ur,tap:()=>ds,template:()=>vs,templateSettings:()=>Za,throttle:()=>Ts,times:()=>gs,toArray:()=>ar,toPath:()=>Yr,transpose:()=>vi,unescape:()=>Ja,union:()=>zl,uniq:()=>bi,unique:()=>bi,uniqueId:()=>ws,unzip:()=>vi,values:()=>Ue,where:()=>Ps,without:()=>Rl,wrap:()=>As,zip:()=>Ll});var km=M(()=>{jm();Ks()});var Ys=B((xR,zm)=>{function Hl(i){if(!(this instanceof Hl))return new Hl(i);this[0]=i,this.length=i?1:0}zm.exports=Hl});var ql=B(Fl=>{(function(i){var e=typeof self=="object"&&self.self===self&&self||typeof global=="object"&&global.global===global&&global;if(typeof define=="function"&&define.amd)define(["underscore","jquery","exports"],function(n,s,o){e.Backbone=i(e,o,n,s)});else if(typeof Fl<"u"){var t=(km(),Mp(Rm)),r;try{r=Ys()}catch{}i(e,Fl,t,r)}else e.Backbone=i(e,{},e._,e.jQuery||e.Zepto||e.ender||e.$)})(function(i,e,t,r){var n=i.Backbone,s=Array.prototype.slice;e.VERSION="1.4.0",e.$=r,e.noConflict=function(){return i.Backbone=n,this},e.emulateHTTP=!1,e.emulateJSON=!1;var o=e.Events={},a=/\s+/,l,d=function(u,m,g,b,x){var D=0,j;if(g&&typeof g=="object")for(b!==void 0&&("context"in x)&&x.context===void 0&&(x.context=b),j=t.keys(g);D<j.length;D++)m=d(u,m,j[D],g[j[D]],x);else if(g&&a.test(g))for(j=g.split(a);D<j.length;D++)m=u(m,j[D],b,x);else m=u(m,g,b,x);return m};o.on=function(u,m,g){if(this._events=d(c,this._events||{},u,m,{context:g,ctx:this,listening:l}),l){var b=this._listeners||(this._listeners={});b[l.id]=l,l.interop=!1}return this},o.listenTo=function(u,m,g){if(!u)return this;var b=u._listenId||(u._listenId=t.uniqueId("l")),x=this._listeningTo||(this._listeningTo={}),D=l=x[b];D||(this._listenId||(this._listenId=t.uniqueId("l")),D=l=x[b]=new y(this,u));var j=h(u,m,g,this);if(l=void 0,j)throw j;return D.interop&&D.on(m,g),this};var c=function(u,m,g,b){if(g){var x=u[m]||(u[m]=[]),D=b.context,j=b.ctx,q=b.listening;q&&q.count++,x.push({callback:g,context:D,ctx:D||j,listening:q})}return u},h=function(u,m,g,b){try{u.on(m,g,b)}catch(x){return x}};o.off=function(u,m,g){return this._events?(this._events=d(f,this._events,u,m,{context:g,listeners:this._listeners}),this):this},o.stopListening=function(u,m,g){var b=this._listeningTo;if(!b)return this;for(var x=u?[u._listenId]:t.keys(b),D=0;D<x.length;D++){var j=b[x[D]];if(!j)break;j.obj.off(m,g,this),j.interop&&j.off(m,g)}return t.isEmpty(b)&&(this._listeningTo=void 0),this};var f=function(u,m,g,b){if(u){var x=b.context,D=b.listeners,j=0,q;if(!m&&!x&&!g){for(q=t.keys(D);j<q.length;j++)D[q[j]].cleanup();return}for(q=m?[m]:t.keys(u);j<q.length;j++){m=q[j];var G=u[m];if(!G)break;for(var pe=[],Re=0;Re<G.length;Re++){var he=G[Re];if(g&&g!==he.callback&&g!==he.callback._callback||x&&x!==he.context)pe.push(he);else{var Ve=he.listening;Ve&&Ve.off(m,g)}}pe.length?u[m]=pe:delete u[m]}return u}};o.once=function(u,m,g){var b=d(p,{},u,m,this.off.bind(this));return typeof u=="string"&&g==null&&(m=void 0),this.on(b,m,g)},o.listenToOnce=function(u,m,g){var b=d(p,{},m,g,this.stopListening.bind(this,u));return this.listenTo(u,b)};var p=function(u,m,g,b){if(g){var x=u[m]=t.once(function(){b(m,x),g.apply(this,arguments)});x._callback=g}return u};o.trigger=function(u){if(!this._events)return this;for(var m=Math.max(0,arguments.length-1),g=Array(m),b=0;b<m;b++)g[b]=arguments[b+1];return d(_,this._events,u,void 0,g),this};var _=function(u,m,g,b){if(u){var x=u[m],D=u.all;x&&D&&(D=D.slice()),x&&v(x,b),D&&v(D,[m].concat(b))}return u},v=function(u,m){var g,b=-1,x=u.length,D=m[0],j=m[1],q=m[2];switch(m.length){case 0:for(;++b<x;)(g=u[b]).callback.call(g.ctx);return;case 1:for(;++b<x;)(g=u[b]).callback.call(g.ctx,D);return;case 2:for(;++b<x;)(g=u[b]).callback.call(g.ctx,D,j);return;case 3:for(;++b<x;)(g=u[b]).callback.call(g.ctx,D,j,q);return;default:for(;++b<x;)(g=u[b]).callback.apply(g.ctx,m);return}},y=function(u,m){this.id=u._listenId,this.listener=u,this.obj=m,this.interop=!0,this.count=0,this._events=void 0};y.prototype.on=o.on,y.prototype.off=function(u,m){var g;this.interop?(this._events=d(f,this._events,u,m,{context:void 0,listeners:void 0}),g=!this._events):(this.count--,g=this.count===0),g&&this.cleanup()},y.prototype.cleanup=function(){delete this.listener._listeningTo[this.obj._listenId],this.interop||delete this.obj._listeners[this.id]},o.bind=o.on,o.unbind=o.off,t.extend(e,o);var C=e.Model=function(u,m){var g=u||{};m||(m={}),this.preinitialize.apply(this,arguments),this.cid=t.uniqueId(this.cidPrefix),this.attributes={},m.collection&&(this.collection=m.collection),m.parse&&(g=this.parse(g,m)||{});var b=t.result(this,"defaults");g=t.defaults(t.extend({},b,g),b),this.set(g,m),this.changed={},this.initialize.apply(this,arguments)};t.extend(C.prototype,o,{changed:null,validationError:null,idAttribute:"id",cidPrefix:"c",preinitialize:function(){},initialize:function(){},toJSON:function(u){return t.clone(this.attributes)},sync:function(){return e.sync.apply(this,arguments)},get:function(u){return this.attributes[u]},escape:function(u){return t.escape(this.get(u))},has:function(u){return this.get(u)!=null},matches:function(u){return!!t.iteratee(u,this)(this.attributes)},set:function(u,m,g){if(u==null)return this;var b;if(typeof u=="object"?(b=u,g=m):(b={})[u]=m,g||(g={}),!this._validate(b,g))return!1;var x=g.unset,D=g.silent,j=[],q=this._changing;this._changing=!0,q||(this._previousAttributes=t.clone(this.attributes),this.changed={});var G=this.attributes,pe=this.changed,Re=this._previousAttributes;for(var he in b)m=b[he],t.isEqual(G[he],m)||j.push(he),t.isEqual(Re[he],m)?delete pe[he]:pe[he]=m,x?delete G[he]:G[he]=m;if(this.idAttribute in b&&(this.id=this.get(this.idAttribute)),!D){j.length&&(this._pending=g);for(var Ve=0;Ve<j.length;Ve++)this.trigger("change:"+j[Ve],this,G[j[Ve]],g)}if(q)return this;if(!D)for(;this._pending;)g=this._pending,this._pending=!1,this.trigger("change",this,g);return this._pending=!1,this._changing=!1,this},unset:function(u,m){return this.set(u,void 0,t.extend({},m,{unset:!0}))},clear:function(u){var m={};for(var g in this.attributes)m[g]=void 0;return this.set(m,t.extend({},u,{unset:!0}))},hasChanged:function(u){return u==null?!t.isEmpty(this.changed):t.has(this.changed,u)},changedAttributes:function(u){if(!u)return this.hasChanged()?t.clone(this.changed):!1;var m=this._changing?this._previousAttributes:this.attributes,g={},b;for(var x in u){var D=u[x];t.isEqual(m[x],D)||(g[x]=D,b=!0)}return b?g:!1},previous:function(u){return u==null||!this._previousAttributes?null:this._previousAttributes[u]},previousAttributes:function(){return t.clone(this._previousAttributes)},fetch:function(u){u=t.extend({parse:!0},u);var m=this,g=u.success;return u.success=function(b){var x=u.parse?m.parse(b,u):b;if(!m.set(x,u))return!1;g&&g.call(u.context,m,b,u),m.trigger("sync",m,b,u)},Ri(this,u),this.sync("read",this,u)},save:function(u,m,g){var b;u==null||typeof u=="object"?(b=u,g=m):(b={})[u]=m,g=t.extend({validate:!0,parse:!0},g);var x=g.wait;if(b&&!x){if(!this.set(b,g))return!1}else if(!this._validate(b,g))return!1;var D=this,j=g.success,q=this.attributes;g.success=function(Re){D.attributes=q;var he=g.parse?D.parse(Re,g):Re;if(x&&(he=t.extend({},b,he)),he&&!D.set(he,g))return!1;j&&j.call(g.context,D,Re,g),D.trigger("sync",D,Re,g)},Ri(this,g),b&&x&&(this.attributes=t.extend({},q,b));var G=this.isNew()?"create":g.patch?"patch":"update";G==="patch"&&!g.attrs&&(g.attrs=b);var pe=this.sync(G,this,g);return this.attributes=q,pe},destroy:function(u){u=u?t.clone(u):{};var m=this,g=u.success,b=u.wait,x=function(){m.stopListening(),m.trigger("destroy",m,m.collection,u)};u.success=function(j){b&&x(),g&&g.call(u.context,m,j,u),m.isNew()||m.trigger("sync",m,j,u)};var D=!1;return this.isNew()?t.defer(u.success):(Ri(this,u),D=this.sync("delete",this,u)),b||x(),D},url:function(){var u=t.result(this,"urlRoot")||t.result(this.collection,"url")||Rn();if(this.isNew())return u;var m=this.get(this.idAttribute);return u.replace(/[^\/]$/,"$&/")+encodeURIComponent(m)},parse:function(u,m){return u},clone:function(){return new this.constructor(this.attributes)},isNew:function(){return!this.has(this.idAttribute)},isValid:function(u){return this._validate({},t.extend({},u,{validate:!0}))},_validate:function(u,m){if(!m.validate||!this.validate)return!0;u=t.extend({},this.attributes,u);var g=this.validationError=this.validate(u,m)||null;return g?(this.trigger("invalid",this,g,t.extend(m,{validationError:g})),!1):!0}});var E=e.Collection=function(u,m){m||(m={}),this.preinitialize.apply(this,arguments),m.model&&(this.model=m.model),m.comparator!==void 0&&(this.comparator=m.comparator),this._reset(),this.initialize.apply(this,arguments),u&&this.reset(u,t.extend({silent:!0},m))},w={add:!0,remove:!0,merge:!0},T={add:!0,remove:!1},A=function(u,m,g){g=Math.min(Math.max(g,0),u.length);var b=Array(u.length-g),x=m.length,D;for(D=0;D<b.length;D++)b[D]=u[D+g];for(D=0;D<x;D++)u[D+g]=m[D];for(D=0;D<b.length;D++)u[D+x+g]=b[D]};t.extend(E.prototype,o,{model:C,preinitialize:function(){},initialize:function(){},toJSON:function(u){return this.map(function(m){return m.toJSON(u)})},sync:function(){return e.sync.apply(this,arguments)},add:function(u,m){return this.set(u,t.extend({merge:!1},m,T))},remove:function(u,m){m=t.extend({},m);var g=!t.isArray(u);u=g?[u]:u.slice();var b=this._removeModels(u,m);return!m.silent&&b.length&&(m.changes={added:[],merged:[],removed:b},this.trigger("update",this,m)),g?b[0]:b},set:function(u,m){if(u!=null){m=t.extend({},w,m),m.parse&&!this._isModel(u)&&(u=this.parse(u,m)||[]);var g=!t.isArray(u);u=g?[u]:u.slice();var b=m.at;b!=null&&(b=+b),b>this.length&&(b=this.length),b<0&&(b+=this.length+1);var x=[],D=[],j=[],q=[],G={},pe=m.add,Re=m.merge,he=m.remove,Ve=!1,Oo=this.comparator&&b==null&&m.sort!==!1,yp=t.isString(this.comparator)?this.comparator:null,_e,ke;for(ke=0;ke<u.length;ke++){_e=u[ke];var ht=this.get(_e);if(ht){if(Re&&_e!==ht){var No=this._isModel(_e)?_e.attributes:_e;m.parse&&(No=ht.parse(No,m)),ht.set(No,m),j.push(ht),Oo&&!Ve&&(Ve=ht.hasChanged(yp))}G[ht.cid]||(G[ht.cid]=!0,x.push(ht)),u[ke]=ht}else pe&&(_e=u[ke]=this._prepareModel(_e,m),_e&&(D.push(_e),this._addReference(_e,m),G[_e.cid]=!0,x.push(_e)))}if(he){for(ke=0;ke<this.length;ke++)_e=this.models[ke],G[_e.cid]||q.push(_e);q.length&&this._removeModels(q,m)}var fd=!1,wp=!Oo&&pe&&he;if(x.length&&wp?(fd=this.length!==x.length||t.some(this.models,function(xp,Ep){return xp!==x[Ep]}),this.models.length=0,A(this.models,x,0),this.length=this.models.length):D.length&&(Oo&&(Ve=!0),A(this.models,D,b??this.length),this.length=this.models.length),Ve&&this.sort({silent:!0}),!m.silent){for(ke=0;ke<D.length;ke++)b!=null&&(m.index=b+ke),_e=D[ke],_e.trigger("add",_e,this,m);(Ve||fd)&&this.trigger("sort",this,m),(D.length||q.length||j.length)&&(m.changes={added:D,removed:q,merged:j},this.trigger("update",this,m))}return g?u[0]:u}},reset:function(u,m){m=m?t.clone(m):{};for(var g=0;g<this.models.length;g++)this._removeReference(this.models[g],m);return m.previousModels=this.models,this._reset(),u=this.add(u,t.extend({silent:!0},m)),m.silent||this.trigger("reset",this,m),u},push:function(u,m){return this.add(u,t.extend({at:this.length},m))},pop:function(u){var m=this.at(this.length-1);return this.remove(m,u)},unshift:function(u,m){return this.add(u,t.extend({at:0},m))},shift:function(u){var m=this.at(0);return this.remove(m,u)},slice:function(){return s.apply(this.models,arguments)},get:function(u){if(u!=null)return this._byId[u]||this._byId[this.modelId(this._isModel(u)?u.attributes:u)]||u.cid&&this._byId[u.cid]},has:function(u){return this.get(u)!=null},at:function(u){return u<0&&(u+=this.length),this.models[u]},where:function(u,m){return this[m?"find":"filter"](u)},findWhere:function(u){return this.where(u,!0)},sort:function(u){var m=this.comparator;if(!m)throw new Error("Cannot sort a set without a comparator");u||(u={});var g=m.length;return t.isFunction(m)&&(m=m.bind(this)),g===1||t.isString(m)?this.models=this.sortBy(m):this.models.sort(m),u.silent||this.trigger("sort",this,u),this},pluck:function(u){return this.map(u+"")},fetch:function(u){u=t.extend({parse:!0},u);var m=u.success,g=this;return u.success=function(b){var x=u.reset?"reset":"set";g[x](b,u),m&&m.call(u.context,g,b,u),g.trigger("sync",g,b,u)},Ri(this,u),this.sync("read",this,u)},create:function(u,m){m=m?t.clone(m):{};var g=m.wait;if(u=this._prepareModel(u,m),!u)return!1;g||this.add(u,m);var b=this,x=m.success;return m.success=function(D,j,q){g&&b.add(D,q),x&&x.call(q.context,D,j,q)},u.save(null,m),u},parse:function(u,m){return u},clone:function(){return new this.constructor(this.models,{model:this.model,comparator:this.comparator})},modelId:function(u){return u[this.model.prototype.idAttribute||"id"]},values:function(){return new R(this,k)},keys:function(){return new R(this,H)},entries:function(){return new R(this,I)},_reset:function(){this.length=0,this.models=[],this._byId={}},_prepareModel:function(u,m){if(this._isModel(u))return u.collection||(u.collection=this),u;m=m?t.clone(m):{},m.collection=this;var g=new this.model(u,m);return g.validationError?(this.trigger("invalid",this,g.validationError,m),!1):g},_removeModels:function(u,m){for(var g=[],b=0;b<u.length;b++){var x=this.get(u[b]);if(x){var D=this.indexOf(x);this.models.splice(D,1),this.length--,delete this._byId[x.cid];var j=this.modelId(x.attributes);j!=null&&delete this._byId[j],m.silent||(m.index=D,x.trigger("remove",x,this,m)),g.push(x),this._removeReference(x,m)}}return g},_isModel:function(u){return u instanceof C},_addReference:function(u,m){this._byId[u.cid]=u;var g=this.modelId(u.attributes);g!=null&&(this._byId[g]=u),u.on("all",this._onModelEvent,this)},_removeReference:function(u,m){delete this._byId[u.cid];var g=this.modelId(u.attributes);g!=null&&delete this._byId[g],this===u.collection&&delete u.collection,u.off("all",this._onModelEvent,this)},_onModelEvent:function(u,m,g,b){if(m){if((u==="add"||u==="remove")&&g!==this)return;if(u==="destroy"&&this.remove(m,b),u==="change"){var x=this.modelId(m.previousAttributes()),D=this.modelId(m.attributes);x!==D&&(x!=null&&delete this._byId[x],D!=null&&(this._byId[D]=m))}}this.trigger.apply(this,arguments)}});var S=typeof Symbol=="function"&&Symbol.iterator;S&&(E.prototype[S]=E.prototype.values);var R=function(u,m){this._collection=u,this._kind=m,this._index=0},k=1,H=2,I=3;S&&(R.prototype[S]=function(){return this}),R.prototype.next=function(){if(this._collection){if(this._index<this._collection.length){var u=this._collection.at(this._index);this._index++;var m;if(this._kind===k)m=u;else{var g=this._collection.modelId(u.attributes);this._kind===H?m=g:m=[g,u]}return{value:m,done:!1}}this._collection=void 0}return{value:void 0,done:!0}};var z=e.View=function(u){this.cid=t.uniqueId("view"),this.preinitialize.apply(this,arguments),t.extend(this,t.pick(u,F)),this._ensureElement(),this.initialize.apply(this,arguments)},P=/^(\S+)\s*(.*)$/,F=["model","collection","el","id","attributes","className","tagName","events"];t.extend(z.prototype,o,{tagName:"div",$:function(u){return this.$el.find(u)},preinitialize:function(){},initialize:function(){},render:function(){return this},remove:function(){return this._removeElement(),this.stopListening(),this},_removeElement:function(){this.$el.remove()},setElement:function(u){return this.undelegateEvents(),this._setElement(u),this.delegateEvents(),this},_setElement:function(u){this.$el=u instanceof e.$?u:e.$(u),this.el=this.$el[0]},delegateEvents:function(u){if(u||(u=t.result(this,"events")),!u)return this;this.undelegateEvents();for(var m in u){var g=u[m];if(t.isFunction(g)||(g=this[g]),!!g){var b=m.match(P);this.delegate(b[1],b[2],g.bind(this))}}return this},delegate:function(u,m,g){return this.$el.on(u+".delegateEvents"+this.cid,m,g),this},undelegateEvents:function(){return this.$el&&this.$el.off(".delegateEvents"+this.cid),this},undelegate:function(u,m,g){return this.$el.off(u+".delegateEvents"+this.cid,m,g),this},_createElement:function(u){return document.createElement(u)},_ensureElement:function(){if(this.el)this.setElement(t.result(this,"el"));else{var u=t.extend({},t.result(this,"attributes"));this.id&&(u.id=t.result(this,"id")),this.className&&(u.class=t.result(this,"className")),this.setElement(this._createElement(t.result(this,"tagName"))),this._setAttributes(u)}},_setAttributes:function(u){this.$el.attr(u)}});var U=function(u,m,g,b){switch(m){case 1:return function(){return u[g](this[b])};case 2:return function(x){return u[g](this[b],x)};case 3:return function(x,D){return u[g](this[b],W(x,this),D)};case 4:return function(x,D,j){return u[g](this[b],W(x,this),D,j)};default:return function(){var x=s.call(arguments);return x.unshift(this[b]),u[g].apply(u,x)}}},Y=function(u,m,g,b){t.each(g,function(x,D){m[D]&&(u.prototype[D]=U(m,x,D,b))})},W=function(u,m){return t.isFunction(u)?u:t.isObject(u)&&!m._isModel(u)?V(u):t.isString(u)?function(g){return g.get(u)}:u},V=function(u){var m=t.matches(u);return function(g){return m(g.attributes)}},ie={forEach:3,each:3,map:3,collect:3,reduce:0,foldl:0,inject:0,reduceRight:0,foldr:0,find:3,detect:3,filter:3,select:3,reject:3,every:3,all:3,some:3,any:3,include:3,includes:3,contains:3,invoke:0,max:3,min:3,toArray:1,size:1,first:3,head:3,take:3,initial:3,rest:3,tail:3,drop:3,last:3,without:0,difference:0,indexOf:3,shuffle:1,lastIndexOf:3,isEmpty:1,chain:1,sample:3,partition:3,groupBy:3,countBy:3,sortBy:3,indexBy:3,findIndex:3,findLastIndex:3},re={keys:1,values:1,pairs:1,invert:1,pick:0,omit:0,chain:1,isEmpty:1};t.each([[E,ie,"models"],[C,re,"attributes"]],function(u){var m=u[0],g=u[1],b=u[2];m.mixin=function(x){var D=t.reduce(t.functions(x),function(j,q){return j[q]=0,j},{});Y(m,x,D,b)},Y(m,t,g,b)}),e.sync=function(u,m,g){var b=oe[u];t.defaults(g||(g={}),{emulateHTTP:e.emulateHTTP,emulateJSON:e.emulateJSON});var x={type:b,dataType:"json"};if(g.url||(x.url=t.result(m,"url")||Rn()),g.data==null&&m&&(u==="create"||u==="update"||u==="patch")&&(x.contentType="application/json",x.data=JSON.stringify(g.attrs||m.toJSON(g))),g.emulateJSON&&(x.contentType="application/x-www-form-urlencoded",x.data=x.data?{model:x.data}:{}),g.emulateHTTP&&(b==="PUT"||b==="DELETE"||b==="PATCH")){x.type="POST",g.emulateJSON&&(x.data._method=b);var D=g.beforeSend;g.beforeSend=function(G){if(G.setRequestHeader("X-HTTP-Method-Override",b),D)return D.apply(this,arguments)}}x.type!=="GET"&&!g.emulateJSON&&(x.processData=!1);var j=g.error;g.error=function(G,pe,Re){g.textStatus=pe,g.errorThrown=Re,j&&j.call(g.context,G,pe,Re)};var q=g.xhr=e.ajax(t.extend(x,g));return m.trigger("request",m,q,g),q};var oe={create:"POST",update:"PUT",patch:"PATCH",delete:"DELETE",read:"GET"};e.ajax=function(){return e.$.ajax.apply(e.$,arguments)};var ae=e.Router=function(u){u||(u={}),this.preinitialize.apply(this,arguments),u.routes&&(this.routes=u.routes),this._bindRoutes(),this.initialize.apply(this,arguments)},fe=/\((.*?)\)/g,ge=/(\(\?)?:\w+/g,et=/\*\w+/g,ko=/[\-{}\[\]+?.,\\\^$|#\s]/g;t.extend(ae.prototype,o,{preinitialize:function(){},initialize:function(){},route:function(u,m,g){t.isRegExp(u)||(u=this._routeToRegExp(u)),t.isFunction(m)&&(g=m,m=""),g||(g=this[m]);var b=this;return e.history.route(u,function(x){var D=b._extractParameters(u,x);b.execute(g,D,m)!==!1&&(b.trigger.apply(b,["route:"+m].concat(D)),b.trigger("route",m,D),e.history.trigger("route",b,m,D))}),this},execute:function(u,m,g){u&&u.apply(this,m)},navigate:function(u,m){return e.history.navigate(u,m),this},_bindRoutes:function(){if(this.routes){this.routes=t.result(this,"routes");for(var u,m=t.keys(this.routes);(u=m.pop())!=null;)this.route(u,this.routes[u])}},_routeToRegExp:function(u){return u=u.replace(ko,"\\$&").replace(fe,"(?:$1)?").replace(ge,function(m,g){return g?m:"([^/?]+)"}).replace(et,"([^?]*?)"),new RegExp("^"+u+"(?:\\?([\\s\\S]*))?$")},_extractParameters:function(u,m){var g=u.exec(m).slice(1);return t.map(g,function(b,x){return x===g.length-1?b||null:b?decodeURIComponent(b):null})}});var Fe=e.History=function(){this.handlers=[],this.checkUrl=this.checkUrl.bind(this),typeof window<"u"&&(this.location=window.location,this.history=window.history)},zo=/^[#\/]|\s+$/g,Po=/^\/+|\/+$/g,Lo=/#.*$/;Fe.started=!1,t.extend(Fe.prototype,o,{interval:50,atRoot:function(){var u=this.location.pathname.replace(/[^\/]$/,"$&/");return u===this.root&&!this.getSearch()},matchRoot:function(){var u=this.decodeFragment(this.location.pathname),m=u.slice(0,this.root.length-1)+"/";return m===this.root},decodeFragment:function(u){return decodeURI(u.replace(/%25/g,"%2525"))},getSearch:function(){var u=this.location.href.replace(/#.*/,"").match(/\?.+/);return u?u[0]:""},getHash:function(u){var m=(u||this).location.href.match(/#(.*)$/);return m?m[1]:""},getPath:function(){var u=this.decodeFragment(this.location.pathname+this.getSearch()).slice(this.root.length-1);return u.charAt(0)==="/"?u.slice(1):u},getFragment:function(u){return u==null&&(this._usePushState||!this._wantsHashChange?u=this.getPath():u=this.getHash()),u.replace(zo,"")},start:function(u){if(Fe.started)throw new Error("Backbone.history has already been started");if(Fe.started=!0,this.options=t.extend({root:"/"},this.options,u),this.root=this.options.root,this._wantsHashChange=this.options.hashChange!==!1,this._hasHashChange="onhashchange"in window&&(document.documentMode===void 0||document.documentMode>7),this._useHashChange=this._wantsHashChange&&this._hasHashChange,this._wantsPushState=!!this.options.pushState,this._hasPushState=!!(this.history&&this.history.pushState),this._usePushState=this._wantsPushState&&this._hasPushState,this.fragment=this.getFragment(),this.root=("/"+this.root+"/").replace(Po,"/"),this._wantsHashChange&&this._wantsPushState)if(!this._hasPushState&&!this.atRoot()){var m=this.root.slice(0,-1)||"/";return this.location.replace(m+"#"+this.getPath()),!0}else this._hasPushState&&this.atRoot()&&this.navigate(this.getHash(),{replace:!0});if(!this._hasHashChange&&this._wantsHashChange&&!this._usePushState){this.iframe=document.createElement("iframe"),this.iframe.src="javascript:0",this.iframe.style.display="none",this.iframe.tabIndex=-1;var g=document.body,b=g.insertBefore(this.iframe,g.firstChild).contentWindow;b.document.open(),b.document.close(),b.location.hash="#"+this.fragment}var x=window.addEventListener||function(D,j){return attachEvent("on"+D,j)};if(this._usePushState?x("popstate",this.checkUrl,!1):this._useHashChange&&!this.iframe?x("hashchange",this.checkUrl,!1):this._wantsHashChange&&(this._checkUrlInterval=setInterval(this.checkUrl,this.interval)),!this.options.silent)return this.loadUrl()},stop:function(){var u=window.removeEventListener||function(m,g){return detachEvent("on"+m,g)};this._usePushState?u("popstate",this.checkUrl,!1):this._useHashChange&&!this.iframe&&u("hashchange",this.checkUrl,!1),this.iframe&&(document.body.removeChild(this.iframe),this.iframe=null),this._checkUrlInterval&&clearInterval(this._checkUrlInterval),Fe.started=!1},route:function(u,m){this.handlers.unshift({route:u,callback:m})},checkUrl:function(u){var m=this.getFragment();if(m===this.fragment&&this.iframe&&(m=this.getHash(this.iframe.contentWindow)),m===this.fragment)return!1;this.iframe&&this.navigate(m),this.loadUrl()},loadUrl:function(u){return this.matchRoot()?(u=this.fragment=this.getFragment(u),t.some(this.handlers,function(m){if(m.route.test(u))return m.callback(u),!0})):!1},navigate:function(u,m){if(!Fe.started)return!1;(!m||m===!0)&&(m={trigger:!!m}),u=this.getFragment(u||"");var g=this.root;(u===""||u.charAt(0)==="?")&&(g=g.slice(0,-1)||"/");var b=g+u;u=u.replace(Lo,"");var x=this.decodeFragment(u);if(this.fragment!==x){if(this.fragment=x,this._usePushState)this.history[m.replace?"replaceState":"pushState"]({},document.title,b);else if(this._wantsHashChange){if(this._updateHash(this.location,u,m.replace),this.iframe&&u!==this.getHash(this.iframe.contentWindow)){var D=this.iframe.contentWindow;m.replace||(D.document.open(),D.document.close()),this._updateHash(D.location,u,m.replace)}}else return this.location.assign(b);if(m.trigger)return this.loadUrl(u)}},_updateHash:function(u,m,g){if(g){var b=u.href.replace(/(javascript:|#).*$/,"");u.replace(b+"#"+m)}else u.hash="#"+m}}),e.history=new Fe;var Bo=function(u,m){var g=this,b;return u&&t.has(u,"constructor")?b=u.constructor:b=function(){return g.apply(this,arguments)},t.extend(b,g,m),b.prototype=t.create(g.prototype,u),b.prototype.constructor=b,b.__super__=g.prototype,b};C.extend=E.extend=ae.extend=z.extend=Fe.extend=Bo;var Rn=function(){throw new Error('A "url" property or function must be specified')},Ri=function(u,m){var g=m.error;m.error=function(b){g&&g.call(m.context,u,b,m),u.trigger("error",u,b,m)}};return e})});var Zm=B(lo=>{"use strict";lo.byteLength=yw;lo.toByteArray=xw;lo.fromByteArray=Cw;var wt=[],nt=[],vw=typeof Uint8Array<"u"?Uint8Array:Array,nd="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";for(Si=0,Xm=nd.length;Si<Xm;++Si)wt[Si]=nd[Si],nt[nd.charCodeAt(Si)]=Si;var Si,Xm;nt[45]=62;nt[95]=63;function Jm(i){var e=i.length;if(e%4>0)throw new Error("Invalid string. Length must be a multiple of 4");var t=i.indexOf("=");t===-1&&(t=e);var r=t===e?0:4-t%4;return[t,r]}function yw(i){var e=Jm(i),t=e[0],r=e[1];return(t+r)*3/4-r}function ww(i,e,t){return(e+t)*3/4-t}function xw(i){var e,t=Jm(i),r=t[0],n=t[1],s=new vw(ww(i,r,n)),o=0,a=n>0?r-4:r,l;for(l=0;l<a;l+=4)e=nt[i.charCodeAt(l)]<<18|nt[i.charCodeAt(l+1)]<<12|nt[i.charCodeAt(l+2)]<<6|nt[i.charCodeAt(l+3)],s[o++]=e>>16&255,s[o++]=e>>8&255,s[o++]=e&255;return n===2&&(e=nt[i.charCodeAt(l)]<<2|nt[i.charCodeAt(l+1)]>>4,s[o++]=e&255),n===1&&(e=nt[i.charCodeAt(l)]<<10|nt[i.charCodeAt(l+1)]<<4|nt[i.charCodeAt(l+2)]>>2,s[o++]=e>>8&255,s[o++]=e&255),s}function Ew(i){return wt[i>>18&63]+wt[i>>12&63]+wt[i>>6&63]+wt[i&63]}function Tw(i,e,t){for(var r,n=[],s=e;s<t;s+=3)r=(i[s]<<16&16711680)+(i[s+1]<<8&65280)+(i[s+2]&255),n.push(Ew(r));return n.join("")}function Cw(i){for(var e,t=i.length,r=t%3,n=[],s=16383,o=0,a=t-r;o<a;o+=s)n.push(Tw(i,o,o+s>a?a:o+s));return r===1?(e=i[t-1],n.push(wt[e>>2]+wt[e<<4&63]+"==")):r===2&&(e=(i[t-2]<<8)+i[t-1],n.push(wt[e>>10]+wt[e>>4&63]+wt[e<<2&63]+"=")),n.join("")}});var cp=B((dz,up)=>{up.exports={create(){throw new Error("no sliders on the lean lesson page")}}});var ao={};Ho(ao,{BROKEN_FILE_SVG_ICON:()=>Wn,DOMWidgetModel:()=>yt,DOMWidgetView:()=>Qe,ErrorWidgetView:()=>Er,IJupyterWidgetRegistry:()=>bw,JUPYTER_WIDGETS_VERSION:()=>Ai,JupyterLuminoPanelWidget:()=>xr,JupyterLuminoWidget:()=>yn,JupyterPhosphorPanelWidget:()=>_w,JupyterPhosphorWidget:()=>gw,LayoutModel:()=>Ql,LayoutView:()=>ed,PROTOCOL_VERSION:()=>oo,StyleModel:()=>ti,StyleView:()=>td,ViewList:()=>wn,WidgetModel:()=>ct,WidgetView:()=>ei,assign:()=>mt,createErrorWidgetModel:()=>xn,createErrorWidgetView:()=>rd,difference:()=>qn,isEqual:()=>Hi,isObject:()=>Vh,isSerializable:()=>$h,pack_models:()=>Zl,put_buffers:()=>Ft,reject:()=>pt,remove_buffers:()=>Pr,resolvePromisesDict:()=>ni,shims:()=>id,unpack_models:()=>Di,uuid:()=>tt});var Fn=me(Et()),Uh=me(Wh());function qn(i,e){return i.filter(t=>e.indexOf(t)===-1)}function Hi(i,e){return(0,Uh.default)(i,e)}var mt=Object.assign||function(i,...e){for(let t=1;t<e.length;t++){let r=e[t];for(let n in r)Object.prototype.hasOwnProperty.call(r,n)&&(i[n]=r[n])}return i};function tt(){return Fn.UUID.uuid4()}function ni(i){let e=Object.keys(i),t=[];return e.forEach(function(r){t.push(i[r])}),Promise.all(t).then(r=>{let n={};for(let s=0;s<e.length;s++)n[e[s]]=r[s];return n})}function pt(i,e){return function(r){throw e&&console.error(new Error(i)),r}}function Ft(i,e,t){for(let r=0;r<e.length;r++){let n=e[r],s=t[r];s instanceof DataView||(s=new DataView(s instanceof ArrayBuffer?s:s.buffer));let o=i;for(let a=0;a<n.length-1;a++)o=o[n[a]];o[n[n.length-1]]=s}}function $h(i){var e;return(e=typeof i=="object"&&i&&"toJSON"in i)!==null&&e!==void 0?e:!1}function Vh(i){return Fn.JSONExt.isObject(i)}function Pr(i){let e=[],t=[];function r(s,o){if($h(s)&&(s=s.toJSON()),Array.isArray(s)){let a=!1;for(let l=0;l<s.length;l++){let d=s[l];if(d)if(d instanceof ArrayBuffer||ArrayBuffer.isView(d))a||(s=s.slice(),a=!0),e.push(ArrayBuffer.isView(d)?d.buffer:d),t.push(o.concat([l])),s[l]=null;else{let c=r(d,o.concat([l]));c!==d&&(a||(s=s.slice(),a=!0),s[l]=c)}}}else if(Vh(s))for(let a in s){let l=!1;if(Object.prototype.hasOwnProperty.call(s,a)){let d=s[a];if(d)if(d instanceof ArrayBuffer||ArrayBuffer.isView(d))l||(s=Object.assign({},s),l=!0),e.push(ArrayBuffer.isView(d)?d.buffer:d),t.push(o.concat([a])),delete s[a];else{let c=r(d,o.concat([a]));c!==d&&(l||(s=Object.assign({},s),l=!0),s[a]=c)}}}return s}return{state:r(i,[]),buffers:e,buffer_paths:t}}var Wn=`<svg style="height:50%;max-height: 50px;" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">
<g >
  <g transform="translate(0.24520123,0.93464292)">
    <path  d="M 8.2494641,21.074514 V 5.6225142 c 0,-0.314 0.254,-0.567 0.57,-0.567 H 29.978464 c 2.388,0 9.268,5.8269998 9.268,8.3029998 v 5.5835 l -3.585749,4.407396 -2.772971,-3.535534 -5.126524,3.414213 -5.944543,-3.237436 -5.722718,3.06066 z m 30.9969999,3.8675 v 15.5835 c 0,0.314 -0.254,0.567 -0.57,0.567 H 8.8194641 c -0.315,0.002 -0.57,-0.251 -0.57,-0.566 v -15.452 l 7.8444949,2.628449 5.656854,-2.65165 4.24264,3.005204 5.833631,-3.237437 3.712311,3.944543 z" style="fill:url(#linearGradient3448);stroke:#888a85"  />
    <path d="m 30.383464,12.110514 c 4.108,0.159 7.304,-0.978 8.867,1.446 0.304,-3.9679998 -7.254,-8.8279998 -9.285,-8.4979998 0.813,0.498 0.418,7.0519998 0.418,7.0519998 z" style="fill:url(#linearGradient3445);stroke:#868a84" />
    <path enable-background="new" d="m 31.443464,11.086514 c 2.754,-0.019 4.106,-0.49 5.702,0.19 -1.299,-1.8809998 -4.358,-3.3439998 -5.728,-4.0279998 0.188,0.775 0.026,3.8379998 0.026,3.8379998 z" style="opacity:0.36930003;fill:none;stroke:url(#linearGradient3442)" />
  </g>
</g>
</svg>`;var Yh=me(Et());function Gh(i,e,t){if(i==null)return this;let r;if(Yh.JSONExt.isObject(i)?(r=i,t=e):(r={})[i]=e,t||(t={}),!this._validate(r,t))return!1;let n=t.unset,s=t.silent,o=[],a=this._changing;this._changing=!0;try{a||(this._previousAttributes=Object.assign({},this.attributes),this.changed={});let l=this.attributes,d=this.changed,c=this._previousAttributes;for(let h in r)e=r[h],Hi(l[h],e)||o.push(h),Hi(c[h],e)?delete d[h]:d[h]=e,n?delete l[h]:l[h]=e;if(this.id=this.get(this.idAttribute),!s){o.length&&(this._pending=t);for(let h=0;h<o.length;h++)this.trigger("change:"+o[h],this,l[o[h]],t)}if(a)return this;if(!s)for(;this._pending;)t=this._pending,this._pending=!1,this.trigger("change",this,t)}finally{this._pending=!1,this._changing=!1}return this}var $m=me(ql()),Jl=me(Ys());var Lm=me(ql()),fr=typeof Element<"u"?Element.prototype:void 0;function Pm(i){let e=(this.document||this.ownerDocument).querySelectorAll(i),t=e.length;for(;--t>=0&&e.item(t)!==this;);return t>-1}var cw=fr&&(fr.matches||fr.webkitMatchesSelector||fr.mozMatchesSelector||fr.msMatchesSelector||fr.oMatchesSelector)||Pm,Gs=class extends Lm.View{_removeElement(){this.undelegateEvents(),this.el.parentNode&&this.el.parentNode.removeChild(this.el)}_setElement(e){this.el=e}_setAttributes(e){for(let t in e)t in this.el?this.el[t]=e[t]:this.el.setAttribute(t,e[t])}delegate(e,t,r){typeof t!="string"&&(r=t,t=null),this._domEvents===void 0&&(this._domEvents=[]);let n=this.el,s=t?function(o){let a=o.target||o.srcElement;for(;a&&a!==n;a=a.parentNode)if(cw.call(a,t))return o.delegateTarget=a,r.handleEvent?r.handleEvent(o):r(o)}:r;return this.el.addEventListener(e,s,!1),this._domEvents.push({eventName:e,handler:s,listener:r,selector:t}),s}undelegate(e,t,r){if(typeof t=="function"&&(r=t,t=null),this.el&&this._domEvents){let n=this._domEvents.slice(),s=n.length;for(;s--;){let o=n[s];o.eventName===e&&(!r||o.listener===r)&&(!t||o.selector===t)&&(this.el.removeEventListener(o.eventName,o.handler,!1),this._domEvents.splice(s,1))}}return this}undelegateEvents(){if(this.el&&this._domEvents){let e=this._domEvents.length;for(let t=0;t<e;t++){let r=this._domEvents[t];this.el.removeEventListener(r.eventName,r.handler,!1)}this._domEvents.length=0}return this}};var Vm=me(Et());var It=me(Ht());var mr=class{constructor(){this._first=null,this._last=null,this._size=0}get isEmpty(){return this._size===0}get size(){return this._size}get length(){return this._size}get first(){return this._first?this._first.value:void 0}get last(){return this._last?this._last.value:void 0}get firstNode(){return this._first}get lastNode(){return this._last}*[Symbol.iterator](){let e=this._first;for(;e;)yield e.value,e=e.next}*retro(){let e=this._last;for(;e;)yield e.value,e=e.prev}*nodes(){let e=this._first;for(;e;)yield e,e=e.next}*retroNodes(){let e=this._last;for(;e;)yield e,e=e.prev}assign(e){this.clear();for(let t of e)this.addLast(t)}push(e){this.addLast(e)}pop(){return this.removeLast()}shift(e){this.addFirst(e)}unshift(){return this.removeFirst()}addFirst(e){let t=new Mt.LinkedListNode(this,e);return this._first?(t.next=this._first,this._first.prev=t,this._first=t):(this._first=t,this._last=t),this._size++,t}addLast(e){let t=new Mt.LinkedListNode(this,e);return this._last?(t.prev=this._last,this._last.next=t,this._last=t):(this._first=t,this._last=t),this._size++,t}insertBefore(e,t){if(!t||t===this._first)return this.addFirst(e);if(!(t instanceof Mt.LinkedListNode)||t.list!==this)throw new Error("Reference node is not owned by the list.");let r=new Mt.LinkedListNode(this,e),n=t,s=n.prev;return r.next=n,r.prev=s,n.prev=r,s.next=r,this._size++,r}insertAfter(e,t){if(!t||t===this._last)return this.addLast(e);if(!(t instanceof Mt.LinkedListNode)||t.list!==this)throw new Error("Reference node is not owned by the list.");let r=new Mt.LinkedListNode(this,e),n=t,s=n.next;return r.next=s,r.prev=n,n.next=r,s.prev=r,this._size++,r}removeFirst(){let e=this._first;if(e)return e===this._last?(this._first=null,this._last=null):(this._first=e.next,this._first.prev=null),e.list=null,e.next=null,e.prev=null,this._size--,e.value}removeLast(){let e=this._last;if(e)return e===this._first?(this._first=null,this._last=null):(this._last=e.prev,this._last.next=null),e.list=null,e.next=null,e.prev=null,this._size--,e.value}removeNode(e){if(!(e instanceof Mt.LinkedListNode)||e.list!==this)throw new Error("Node is not owned by the list.");let t=e;t===this._first&&t===this._last?(this._first=null,this._last=null):t===this._first?(this._first=t.next,this._first.prev=null):t===this._last?(this._last=t.prev,this._last.next=null):(t.next.prev=t.prev,t.prev.next=t.next),t.list=null,t.next=null,t.prev=null,this._size--}clear(){let e=this._first;for(;e;){let t=e.next;e.list=null,e.prev=null,e.next=null,e=t}this._first=null,this._last=null,this._size=0}};(function(i){function e(t){let r=new i;return r.assign(t),r}i.from=e})(mr||(mr={}));var Mt;(function(i){class e{constructor(r,n){this.list=null,this.next=null,this.prev=null,this.list=r,this.value=n}}i.LinkedListNode=e})(Mt||(Mt={}));var Be=class{constructor(e){this.type=e}get isConflatable(){return!1}conflate(e){return!1}},Zt=class extends Be{get isConflatable(){return!0}conflate(e){return!0}},O;(function(i){let e=null,t=(k=>H=>{let I=!1;return k.then(()=>!I&&H()),()=>{I=!0}})(Promise.resolve());function r(k,H){let I=f.get(k);if(!I||I.length===0){C(k,H);return}(0,It.every)((0,It.retro)(I),P=>P?y(P,k,H):!0)&&C(k,H)}i.sendMessage=r;function n(k,H){if(!H.isConflatable){E(k,H);return}(0,It.some)(h,z=>z.handler!==k||!z.msg||z.msg.type!==H.type||!z.msg.isConflatable?!1:z.msg.conflate(H))||E(k,H)}i.postMessage=n;function s(k,H){let I=f.get(k);I&&I.indexOf(H)!==-1||(I?I.push(H):f.set(k,[H]))}i.installMessageHook=s;function o(k,H){let I=f.get(k);if(!I)return;let z=I.indexOf(H);z!==-1&&(I[z]=null,T(I))}i.removeMessageHook=o;function a(k){let H=f.get(k);H&&H.length>0&&(It.ArrayExt.fill(H,null),T(H));for(let I of h)I.handler===k&&(I.handler=null,I.msg=null)}i.clearData=a;function l(){v||e===null||(e(),e=null,v=!0,w(),v=!1)}i.flush=l;function d(){return _}i.getExceptionHandler=d;function c(k){let H=_;return _=k,H}i.setExceptionHandler=c;let h=new mr,f=new WeakMap,p=new Set,_=k=>{console.error(k)},v=!1;function y(k,H,I){let z=!0;try{typeof k=="function"?z=k(H,I):z=k.messageHook(H,I)}catch(P){_(P)}return z}function C(k,H){try{k.processMessage(H)}catch(I){_(I)}}function E(k,H){h.addLast({handler:k,msg:H}),e===null&&(e=t(w))}function w(){if(e=null,h.isEmpty)return;let k={handler:null,msg:null};for(h.addLast(k);;){let H=h.removeFirst();if(H===k)return;H.handler&&H.msg&&r(H.handler,H.msg)}}function T(k){p.size===0&&t(A),p.add(k)}function A(){p.forEach(S),p.clear()}function S(k){It.ArrayExt.removeAllWhere(k,R)}function R(k){return k===null}})(O||(O={}));var L=me(Ht()),Pt=me(Et());var Bm;(function(i){function e(t){let r=document.body,n=s=>{s.preventDefault(),s.stopPropagation(),s.clipboardData.setData("text",t),r.removeEventListener("copy",n,!0)};r.addEventListener("copy",n,!0),document.execCommand("copy")}i.copyText=e})(Bm||(Bm={}));var ee;(function(i){function e(s){let o=window.getComputedStyle(s),a=parseFloat(o.borderTopWidth)||0,l=parseFloat(o.borderLeftWidth)||0,d=parseFloat(o.borderRightWidth)||0,c=parseFloat(o.borderBottomWidth)||0,h=parseFloat(o.paddingTop)||0,f=parseFloat(o.paddingLeft)||0,p=parseFloat(o.paddingRight)||0,_=parseFloat(o.paddingBottom)||0,v=l+f+p+d,y=a+h+_+c;return{borderTop:a,borderLeft:l,borderRight:d,borderBottom:c,paddingTop:h,paddingLeft:f,paddingRight:p,paddingBottom:_,horizontalSum:v,verticalSum:y}}i.boxSizing=e;function t(s){let o=window.getComputedStyle(s),a=parseFloat(o.minWidth)||0,l=parseFloat(o.minHeight)||0,d=parseFloat(o.maxWidth)||1/0,c=parseFloat(o.maxHeight)||1/0;return d=Math.max(a,d),c=Math.max(l,c),{minWidth:a,minHeight:l,maxWidth:d,maxHeight:c}}i.sizeLimits=t;function r(s,o,a){let l=s.getBoundingClientRect();return o>=l.left&&o<l.right&&a>=l.top&&a<l.bottom}i.hitTest=r;function n(s,o){let a=s.getBoundingClientRect(),l=o.getBoundingClientRect();if(!(l.top<=a.top&&l.bottom>=a.bottom)){if(l.top<a.top&&l.height<=a.height){s.scrollTop-=a.top-l.top;return}if(l.bottom>a.bottom&&l.height>=a.height){s.scrollTop-=a.top-l.top;return}if(l.top<a.top&&l.height>a.height){s.scrollTop-=a.bottom-l.bottom;return}if(l.bottom>a.bottom&&l.height<a.height){s.scrollTop-=a.bottom-l.bottom;return}}}i.scrollIntoViewIfNeeded=n})(ee||(ee={}));var Ie;(function(i){i.IS_MAC=!!navigator.platform.match(/Mac/i),i.IS_WIN=!!navigator.platform.match(/Win/i),i.IS_IE=/Trident/.test(navigator.userAgent),i.IS_EDGE=/Edge/.test(navigator.userAgent);function e(t){return i.IS_MAC?t.metaKey:t.ctrlKey}i.accelKey=e})(Ie||(Ie={}));var dt;(function(i){function e(n){if(n in lt.specificityCache)return lt.specificityCache[n];let s=lt.calculateSingle(n);return lt.specificityCache[n]=s}i.calculateSpecificity=e;function t(n){if(n in lt.validityCache)return lt.validityCache[n];let s=!0;try{lt.testElem.querySelector(n)}catch{s=!1}return lt.validityCache[n]=s}i.isValid=t;function r(n,s){return lt.protoMatchFunc.call(n,s)}i.matches=r})(dt||(dt={}));var lt;(function(i){i.specificityCache=Object.create(null),i.validityCache=Object.create(null),i.testElem=document.createElement("div"),i.protoMatchFunc=(()=>{let c=Element.prototype;return c.matches||c.matchesSelector||c.mozMatchesSelector||c.msMatchesSelector||c.oMatchesSelector||c.webkitMatchesSelector||function(h){let f=this,p=f.ownerDocument?f.ownerDocument.querySelectorAll(h):[];return Array.prototype.indexOf.call(p,f)!==-1}})();function e(c){c=c.split(",",1)[0];let h=0,f=0,p=0;function _(v){let y=c.match(v);return y===null?!1:(c=c.slice(y[0].length),!0)}for(c=c.replace(d," $1 ");c.length>0;){if(_(t)){h++;continue}if(_(r)){f++;continue}if(_(n)){f++;continue}if(_(o)){p++;continue}if(_(a)){f++;continue}if(_(s)){p++;continue}if(!_(l))return 0}return h=Math.min(h,255),f=Math.min(f,255),p=Math.min(p,255),h<<16|f<<8|p}i.calculateSingle=e;let t=/^#[^\s\+>~#\.\[:]+/,r=/^\.[^\s\+>~#\.\[:]+/,n=/^\[[^\]]+\]/,s=/^[^\s\+>~#\.\[:]+/,o=/^(::[^\s\+>~#\.\[:]+|:first-line|:first-letter|:before|:after)/,a=/^:[^\s\+>~#\.\[:]+/,l=/^[\s\+>~\*]+/,d=/:not\(([^\)]+)\)/g})(lt||(lt={}));var Oe=class{constructor(e){this._pid=yi.nextPID(),this.name=e.name,this._create=e.create,this._coerce=e.coerce||null,this._compare=e.compare||null,this._changed=e.changed||null}get(e){let t,r=yi.ensureMap(e);return this._pid in r?t=r[this._pid]:t=r[this._pid]=this._createValue(e),t}set(e,t){let r,n=yi.ensureMap(e);this._pid in n?r=n[this._pid]:r=n[this._pid]=this._createValue(e);let s=this._coerceValue(e,t);this._maybeNotify(e,r,n[this._pid]=s)}coerce(e){let t,r=yi.ensureMap(e);this._pid in r?t=r[this._pid]:t=r[this._pid]=this._createValue(e);let n=this._coerceValue(e,t);this._maybeNotify(e,t,r[this._pid]=n)}_createValue(e){let t=this._create;return t(e)}_coerceValue(e,t){let r=this._coerce;return r?r(e,t):t}_compareValue(e,t){let r=this._compare;return r?r(e,t):e===t}_maybeNotify(e,t,r){let n=this._changed;n&&!this._compareValue(t,r)&&n(e,t,r)}};(function(i){function e(t){yi.ownerData.delete(t)}i.clearData=e})(Oe||(Oe={}));var yi;(function(i){i.ownerData=new WeakMap,i.nextPID=(()=>{let t=0;return()=>`pid-${`${Math.random()}`.slice(2)}-${t++}`})();function e(t){let r=i.ownerData.get(t);return r||(r=Object.create(null),i.ownerData.set(t,r),r)}i.ensureMap=e})(yi||(yi={}));var Xs=me(Ht()),hw=me(Et()),J=class{constructor(e){this.sender=e}connect(e,t){return Je.connect(this,e,t)}disconnect(e,t){return Je.disconnect(this,e,t)}emit(e){Je.emit(this,e)}};(function(i){function e(l,d){Je.disconnectBetween(l,d)}i.disconnectBetween=e;function t(l){Je.disconnectSender(l)}i.disconnectSender=t;function r(l){Je.disconnectReceiver(l)}i.disconnectReceiver=r;function n(l){Je.disconnectAll(l)}i.disconnectAll=n;function s(l){Je.disconnectAll(l)}i.clearData=s;function o(){return Je.exceptionHandler}i.getExceptionHandler=o;function a(l){let d=Je.exceptionHandler;return Je.exceptionHandler=l,d}i.setExceptionHandler=a})(J||(J={}));var Je;(function(i){i.exceptionHandler=E=>{console.error(E)};function e(E,w,T){T=T||void 0;let A=l.get(E.sender);if(A||(A=[],l.set(E.sender,A)),f(A,E,w,T))return!1;let S=T||w,R=d.get(S);R||(R=[],d.set(S,R));let k={signal:E,slot:w,thisArg:T};return A.push(k),R.push(k),!0}i.connect=e;function t(E,w,T){T=T||void 0;let A=l.get(E.sender);if(!A||A.length===0)return!1;let S=f(A,E,w,T);if(!S)return!1;let R=T||w,k=d.get(R);return S.signal=null,_(A),_(k),!0}i.disconnect=t;function r(E,w){let T=l.get(E);if(!T||T.length===0)return;let A=d.get(w);if(!(!A||A.length===0)){for(let S of A)S.signal&&S.signal.sender===E&&(S.signal=null);_(T),_(A)}}i.disconnectBetween=r;function n(E){let w=l.get(E);if(!(!w||w.length===0)){for(let T of w){if(!T.signal)continue;let A=T.thisArg||T.slot;T.signal=null,_(d.get(A))}_(w)}}i.disconnectSender=n;function s(E){let w=d.get(E);if(!(!w||w.length===0)){for(let T of w){if(!T.signal)continue;let A=T.signal.sender;T.signal=null,_(l.get(A))}_(w)}}i.disconnectReceiver=s;function o(E){n(E),s(E)}i.disconnectAll=o;function a(E,w){let T=l.get(E.sender);if(!(!T||T.length===0))for(let A=0,S=T.length;A<S;++A){let R=T[A];R.signal===E&&p(R,w)}}i.emit=a;let l=new WeakMap,d=new WeakMap,c=new Set,h=typeof requestAnimationFrame=="function"?requestAnimationFrame:setImmediate;function f(E,w,T,A){return(0,Xs.find)(E,S=>S.signal===w&&S.slot===T&&S.thisArg===A)}function p(E,w){let{signal:T,slot:A,thisArg:S}=E;try{A.call(S,T.sender,w)}catch(R){i.exceptionHandler(R)}}function _(E){c.size===0&&h(v),c.add(E)}function v(){c.forEach(y),c.clear()}function y(E){Xs.ArrayExt.removeAllWhere(E,C)}function C(E){return E.signal===null}})(Je||(Je={}));var Qt=class{constructor(e){this._fn=e}get isDisposed(){return!this._fn}dispose(){if(!this._fn)return;let e=this._fn;this._fn=null,e()}};var mn=class{constructor(){this._isDisposed=!1,this._items=new Set}get isDisposed(){return this._isDisposed}dispose(){this._isDisposed||(this._isDisposed=!0,this._items.forEach(e=>{e.dispose()}),this._items.clear())}contains(e){return this._items.has(e)}add(e){this._items.add(e)}remove(e){this._items.delete(e)}clear(){this._items.clear()}};(function(i){function e(t){let r=new i;for(let n of t)r.add(n);return r}i.from=e})(mn||(mn={}));var Js=class extends mn{constructor(){super(...arguments),this._disposed=new J(this)}get disposed(){return this._disposed}dispose(){this.isDisposed||(super.dispose(),this._disposed.emit(void 0),J.clearData(this))}};(function(i){function e(t){let r=new i;for(let n of t)r.add(n);return r}i.from=e})(Js||(Js={}));var Ne=class i{constructor(e){this._onScrollFrame=()=>{if(!this._scrollTarget)return;let{element:t,edge:r,distance:n}=this._scrollTarget,s=je.SCROLL_EDGE_SIZE-n,o=Math.pow(s/je.SCROLL_EDGE_SIZE,2),a=Math.max(1,Math.round(o*je.SCROLL_EDGE_SIZE));switch(r){case"top":t.scrollTop-=a;break;case"left":t.scrollLeft-=a;break;case"right":t.scrollLeft+=a;break;case"bottom":t.scrollTop+=a;break}requestAnimationFrame(this._onScrollFrame)},this._disposed=!1,this._dropAction="none",this._override=null,this._currentTarget=null,this._currentElement=null,this._promise=null,this._scrollTarget=null,this._resolve=null,this.document=e.document||document,this.mimeData=e.mimeData,this.dragImage=e.dragImage||null,this.proposedAction=e.proposedAction||"copy",this.supportedActions=e.supportedActions||"all",this.source=e.source||null}dispose(){if(!this._disposed){if(this._disposed=!0,this._currentTarget){let e=new PointerEvent("pointerup",{bubbles:!0,cancelable:!0,clientX:-1,clientY:-1});je.dispatchDragLeave(this,this._currentTarget,null,e)}this._finalize("none")}}get isDisposed(){return this._disposed}start(e,t){if(this._disposed)return Promise.resolve("none");if(this._promise)return this._promise;this._addListeners(),this._attachDragImage(e,t),this._promise=new Promise(n=>{this._resolve=n});let r=new PointerEvent("pointermove",{bubbles:!0,cancelable:!0,clientX:e,clientY:t});return document.dispatchEvent(r),this._promise}handleEvent(e){switch(e.type){case"pointermove":this._evtPointerMove(e);break;case"pointerup":this._evtPointerUp(e);break;case"keydown":this._evtKeyDown(e);break;default:e.preventDefault(),e.stopPropagation();break}}moveDragImage(e,t){if(!this.dragImage)return;let r=this.dragImage.style;r.transform=`translate(${e}px, ${t}px)`}_evtPointerMove(e){e.preventDefault(),e.stopPropagation(),this._updateCurrentTarget(e),this._updateDragScroll(e),this.moveDragImage(e.clientX,e.clientY)}_evtPointerUp(e){if(e.preventDefault(),e.stopPropagation(),e.button!==0)return;if(this._updateCurrentTarget(e),!this._currentTarget){this._finalize("none");return}if(this._dropAction==="none"){je.dispatchDragLeave(this,this._currentTarget,null,e),this._finalize("none");return}let t=je.dispatchDrop(this,this._currentTarget,e);this._finalize(t)}_evtKeyDown(e){e.preventDefault(),e.stopPropagation(),e.keyCode===27&&this.dispose()}_addListeners(){document.addEventListener("pointerdown",this,!0),document.addEventListener("pointermove",this,!0),document.addEventListener("pointerup",this,!0),document.addEventListener("pointerenter",this,!0),document.addEventListener("pointerleave",this,!0),document.addEventListener("pointerover",this,!0),document.addEventListener("pointerout",this,!0),document.addEventListener("keydown",this,!0),document.addEventListener("keyup",this,!0),document.addEventListener("keypress",this,!0),document.addEventListener("contextmenu",this,!0)}_removeListeners(){document.removeEventListener("pointerdown",this,!0),document.removeEventListener("pointermove",this,!0),document.removeEventListener("pointerup",this,!0),document.removeEventListener("pointerenter",this,!0),document.removeEventListener("pointerleave",this,!0),document.removeEventListener("pointerover",this,!0),document.removeEventListener("pointerout",this,!0),document.removeEventListener("keydown",this,!0),document.removeEventListener("keyup",this,!0),document.removeEventListener("keypress",this,!0),document.removeEventListener("contextmenu",this,!0)}_updateDragScroll(e){let t=je.findScrollTarget(e);!this._scrollTarget&&!t||(this._scrollTarget||setTimeout(this._onScrollFrame,500),this._scrollTarget=t)}_updateCurrentTarget(e){let t=this._currentTarget,r=this._currentTarget,n=this._currentElement,s=je.findElementBehindBackdrop(e,this.document);this._currentElement=s,s!==n&&s!==r&&je.dispatchDragExit(this,r,s,e),s!==n&&s!==r&&(r=je.dispatchDragEnter(this,s,r,e)),r!==t&&(this._currentTarget=r,je.dispatchDragLeave(this,t,r,e));let o=je.dispatchDragOver(this,r,e);this._setDropAction(o)}_attachDragImage(e,t){if(!this.dragImage)return;this.dragImage.classList.add("lm-mod-drag-image");let r=this.dragImage.style;r.pointerEvents="none",r.position="fixed",r.transform=`translate(${e}px, ${t}px)`,(this.document instanceof Document?this.document.body:this.document.firstElementChild).appendChild(this.dragImage)}_detachDragImage(){if(!this.dragImage)return;let e=this.dragImage.parentNode;e&&e.removeChild(this.dragImage)}_setDropAction(e){if(e=je.validateAction(e,this.supportedActions),!(this._override&&this._dropAction===e))switch(e){case"none":this._dropAction=e,this._override=i.overrideCursor("no-drop",this.document);break;case"copy":this._dropAction=e,this._override=i.overrideCursor("copy",this.document);break;case"link":this._dropAction=e,this._override=i.overrideCursor("alias",this.document);break;case"move":this._dropAction=e,this._override=i.overrideCursor("move",this.document);break}}_finalize(e){let t=this._resolve;this._removeListeners(),this._detachDragImage(),this._override&&(this._override.dispose(),this._override=null),this.mimeData.clear(),this._disposed=!0,this._dropAction="none",this._currentTarget=null,this._currentElement=null,this._scrollTarget=null,this._promise=null,this._resolve=null,t&&t(e)}};(function(i){class e extends DragEvent{constructor(n,s){super(s.type,{bubbles:!0,cancelable:!0,altKey:n.altKey,button:n.button,clientX:n.clientX,clientY:n.clientY,ctrlKey:n.ctrlKey,detail:0,metaKey:n.metaKey,relatedTarget:s.related,screenX:n.screenX,screenY:n.screenY,shiftKey:n.shiftKey,view:window});let{drag:o}=s;this.dropAction="none",this.mimeData=o.mimeData,this.proposedAction=o.proposedAction,this.supportedActions=o.supportedActions,this.source=o.source}}i.Event=e;function t(r,n=document){return je.overrideCursor(r,n)}i.overrideCursor=t})(Ne||(Ne={}));var je;(function(i){i.SCROLL_EDGE_SIZE=20;function e(T,A){return h[T]&f[A]?T:"none"}i.validateAction=e;function t(T,A=document){if(T){if(r&&T==r.event)return r.element;i.cursorBackdrop.style.zIndex="-1000";let S=A.elementFromPoint(T.clientX,T.clientY);return i.cursorBackdrop.style.zIndex="",r={event:T,element:S},S}else{let S=i.cursorBackdrop.style.transform;if(n&&S===n.transform)return n.element;let R=i.cursorBackdrop.getBoundingClientRect();i.cursorBackdrop.style.zIndex="-1000";let k=A.elementFromPoint(R.left+R.width/2,R.top+R.height/2);return i.cursorBackdrop.style.zIndex="",n={transform:S,element:k},k}}i.findElementBehindBackdrop=t;let r=null,n=null;function s(T){let A=T.clientX,S=T.clientY,R=t(T);for(;R;R=R.parentElement){if(!R.hasAttribute("data-lm-dragscroll"))continue;let k=0,H=0;R===document.body&&(k=window.pageXOffset,H=window.pageYOffset);let I=R.getBoundingClientRect(),z=I.top+H,P=I.left+k,F=P+I.width,U=z+I.height;if(A<P||A>=F||S<z||S>=U)continue;let Y=A-P+1,W=S-z+1,V=F-A,ie=U-S,re=Math.min(Y,W,V,ie);if(re>i.SCROLL_EDGE_SIZE)continue;let oe;switch(re){case ie:oe="bottom";break;case W:oe="top";break;case V:oe="right";break;case Y:oe="left";break;default:throw"unreachable"}let ae=R.scrollWidth-R.clientWidth,fe=R.scrollHeight-R.clientHeight,ge;switch(oe){case"top":ge=fe>0&&R.scrollTop>0;break;case"left":ge=ae>0&&R.scrollLeft>0;break;case"right":ge=ae>0&&R.scrollLeft<ae;break;case"bottom":ge=fe>0&&R.scrollTop<fe;break;default:throw"unreachable"}if(ge)return{element:R,edge:oe,distance:re}}return null}i.findScrollTarget=s;function o(T,A,S,R){if(!A)return null;let k=new Ne.Event(R,{drag:T,related:S,type:"lm-dragenter"});if(!A.dispatchEvent(k))return A;let I=T.document instanceof Document?T.document.body:T.document.firstElementChild;return A===I?S:(k=new Ne.Event(R,{drag:T,related:S,type:"lm-dragenter"}),I.dispatchEvent(k),I)}i.dispatchDragEnter=o;function a(T,A,S,R){if(!A)return;let k=new Ne.Event(R,{drag:T,related:S,type:"lm-dragexit"});A.dispatchEvent(k)}i.dispatchDragExit=a;function l(T,A,S,R){if(!A)return;let k=new Ne.Event(R,{drag:T,related:S,type:"lm-dragleave"});A.dispatchEvent(k)}i.dispatchDragLeave=l;function d(T,A,S){if(!A)return"none";let R=new Ne.Event(S,{drag:T,related:null,type:"lm-dragover"});return A.dispatchEvent(R)?"none":R.dropAction}i.dispatchDragOver=d;function c(T,A,S){if(!A)return"none";let R=new Ne.Event(S,{drag:T,related:null,type:"lm-drop"});return A.dispatchEvent(R)?"none":R.dropAction}i.dispatchDrop=c;let h={none:0,copy:1,link:2,move:4},f={none:h.none,copy:h.copy,link:h.link,move:h.move,"copy-link":h.copy|h.link,"copy-move":h.copy|h.move,"link-move":h.link|h.move,all:h.copy|h.link|h.move};function p(T,A=document){let S=++w,R=A instanceof Document?A.body:A.firstElementChild;return i.cursorBackdrop.isConnected||(i.cursorBackdrop.style.transform="scale(0)",R.appendChild(i.cursorBackdrop),y(),document.addEventListener("pointermove",_,{capture:!0,passive:!0}),i.cursorBackdrop.addEventListener("scroll",v,{capture:!0,passive:!0})),i.cursorBackdrop.style.cursor=T,new Qt(()=>{S===w&&i.cursorBackdrop.isConnected&&(document.removeEventListener("pointermove",_,!0),i.cursorBackdrop.removeEventListener("scroll",v,!0),R.removeChild(i.cursorBackdrop))})}i.overrideCursor=p;function _(T){if(i.cursorBackdrop){i.cursorBackdrop.style.transform=`translate(${T.clientX}px, ${T.clientY}px)`;try{i.cursorBackdrop.hasPointerCapture(T.pointerId)||i.cursorBackdrop.setPointerCapture(T.pointerId)}catch{}}}function v(T){if(!i.cursorBackdrop)return;let A=t();if(!A)return;let S=A.closest("[data-lm-dragscroll]");S&&(S.scrollTop+=i.cursorBackdrop.scrollTop-C,S.scrollLeft+=i.cursorBackdrop.scrollLeft-C,y())}function y(){i.cursorBackdrop.scrollTop=C,i.cursorBackdrop.scrollLeft=C}let C=500;function E(){let T=document.createElement("div");return T.classList.add("lm-cursor-backdrop"),T}let w=0;i.cursorBackdrop=E()})(je||(je={}));var Om=me(Ht()),Ce=me(Et());function pr(){return Wl.keyboardLayout}var pn=class i{constructor(e,t,r=[]){this.name=e,this._codes=t,this._keys=i.extractKeys(t),this._modifierKeys=i.convertToKeySet(r)}keys(){return Object.keys(this._keys)}isValidKey(e){return e in this._keys}isModifierKey(e){return e in this._modifierKeys}keyForKeydownEvent(e){return this._codes[e.keyCode]||""}};(function(i){function e(r){let n=Object.create(null);for(let s in r)n[r[s]]=!0;return n}i.extractKeys=e;function t(r){let n=Object(null);for(let s=0,o=r.length;s<o;++s)n[r[s]]=!0;return n}i.convertToKeySet=t})(pn||(pn={}));var fw=new pn("en-us",{8:"Backspace",9:"Tab",13:"Enter",16:"Shift",17:"Ctrl",18:"Alt",19:"Pause",27:"Escape",32:"Space",33:"PageUp",34:"PageDown",35:"End",36:"Home",37:"ArrowLeft",38:"ArrowUp",39:"ArrowRight",40:"ArrowDown",45:"Insert",46:"Delete",48:"0",49:"1",50:"2",51:"3",52:"4",53:"5",54:"6",55:"7",56:"8",57:"9",59:";",61:"=",65:"A",66:"B",67:"C",68:"D",69:"E",70:"F",71:"G",72:"H",73:"I",74:"J",75:"K",76:"L",77:"M",78:"N",79:"O",80:"P",81:"Q",82:"R",83:"S",84:"T",85:"U",86:"V",87:"W",88:"X",89:"Y",90:"Z",91:"Meta",93:"ContextMenu",96:"0",97:"1",98:"2",99:"3",100:"4",101:"5",102:"6",103:"7",104:"8",105:"9",106:"*",107:"+",109:"-",110:".",111:"/",112:"F1",113:"F2",114:"F3",115:"F4",116:"F5",117:"F6",118:"F7",119:"F8",120:"F9",121:"F10",122:"F11",123:"F12",173:"-",186:";",187:"=",188:",",189:"-",190:".",191:"/",192:"`",219:"[",220:"\\",221:"]",222:"'",224:"Meta"},["Shift","Ctrl","Alt","Meta"]),Wl;(function(i){i.keyboardLayout=fw})(Wl||(Wl={}));var jt=class i{constructor(){this._timerID=0,this._timerModifierID=0,this._replaying=!1,this._keystrokes=[],this._keydownEvents=[],this._keyBindings=[],this._exactKeyMatch=null,this._commands=new Map,this._commandChanged=new J(this),this._commandExecuted=new J(this),this._keyBindingChanged=new J(this),this._holdKeyBindingPromises=new Map}get commandChanged(){return this._commandChanged}get commandExecuted(){return this._commandExecuted}get keyBindingChanged(){return this._keyBindingChanged}get keyBindings(){return this._keyBindings}listCommands(){return Array.from(this._commands.keys())}hasCommand(e){return this._commands.has(e)}addCommand(e,t){if(this._commands.has(e))throw new Error(`Command '${e}' already registered.`);return this._commands.set(e,ut.createCommand(t)),this._commandChanged.emit({id:e,type:"added"}),new Qt(()=>{this._commands.delete(e),this._commandChanged.emit({id:e,type:"removed"})})}notifyCommandChanged(e){if(e!==void 0&&!this._commands.has(e))throw new Error(`Command '${e}' is not registered.`);this._commandChanged.emit({id:e,type:e?"changed":"many-changed"})}describedBy(e,t=Ce.JSONExt.emptyObject){var r;let n=this._commands.get(e);return Promise.resolve((r=n?.describedBy.call(void 0,t))!==null&&r!==void 0?r:{args:null})}label(e,t=Ce.JSONExt.emptyObject){var r;let n=this._commands.get(e);return(r=n?.label.call(void 0,t))!==null&&r!==void 0?r:""}mnemonic(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);return r?r.mnemonic.call(void 0,t):-1}icon(e,t=Ce.JSONExt.emptyObject){var r;return(r=this._commands.get(e))===null||r===void 0?void 0:r.icon.call(void 0,t)}iconClass(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);return r?r.iconClass.call(void 0,t):""}iconLabel(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);return r?r.iconLabel.call(void 0,t):""}caption(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);return r?r.caption.call(void 0,t):""}usage(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);return r?r.usage.call(void 0,t):""}className(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);return r?r.className.call(void 0,t):""}dataset(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);return r?r.dataset.call(void 0,t):{}}isEnabled(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);return r?r.isEnabled.call(void 0,t):!1}isToggled(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);return r?r.isToggled.call(void 0,t):!1}isToggleable(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);return r?r.isToggleable:!1}isVisible(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);return r?r.isVisible.call(void 0,t):!1}execute(e,t=Ce.JSONExt.emptyObject){let r=this._commands.get(e);if(!r)return Promise.reject(new Error(`Command '${e}' not registered.`));let n;try{n=r.execute.call(void 0,t)}catch(o){n=Promise.reject(o)}let s=Promise.resolve(n);return this._commandExecuted.emit({id:e,args:t,result:s}),s}addKeyBinding(e){let t=ut.createKeyBinding(e);return this._keyBindings.push(t),this._keyBindingChanged.emit({binding:t,type:"added"}),new Qt(()=>{Om.ArrayExt.removeFirstOf(this._keyBindings,t),this._keyBindingChanged.emit({binding:t,type:"removed"})})}processKeydownEvent(e){if(e.defaultPrevented||this._replaying)return;let t=i.keystrokeForKeydownEvent(e);if(!t){this._replayKeydownEvents(),this._clearPendingState();return}if(i.isModifierKeyPressed(e)){let{exact:o}=ut.matchKeyBinding(this._keyBindings,[t],e);o?(e.preventDefault(),e.stopPropagation(),this._startModifierTimer(o)):this._clearModifierTimer();return}this._keystrokes.push(t);let{exact:r,partial:n}=ut.matchKeyBinding(this._keyBindings,this._keystrokes,e),s=n.length!==0;if(!r&&!s){this._replayKeydownEvents(),this._clearPendingState();return}if((r?.preventDefault||n.some(o=>o.preventDefault))&&(e.preventDefault(),e.stopPropagation()),this._keydownEvents.push(e),r&&!s){this._executeKeyBinding(r),this._clearPendingState();return}r&&(this._exactKeyMatch=r),this._startTimer()}holdKeyBindingExecution(e,t){this._holdKeyBindingPromises.set(e,t)}processKeyupEvent(e){this._clearModifierTimer()}_startModifierTimer(e){this._clearModifierTimer(),this._timerModifierID=window.setTimeout(()=>{this._executeKeyBinding(e)},ut.modifierkeyTimeOut)}_clearModifierTimer(){this._timerModifierID!==0&&(clearTimeout(this._timerModifierID),this._timerModifierID=0)}_startTimer(){this._clearTimer(),this._timerID=window.setTimeout(()=>{this._onPendingTimeout()},ut.CHORD_TIMEOUT)}_clearTimer(){this._timerID!==0&&(clearTimeout(this._timerID),this._timerID=0)}_replayKeydownEvents(){this._keydownEvents.length!==0&&(this._replaying=!0,this._keydownEvents.forEach(ut.replayKeyEvent),this._replaying=!1)}async _executeKeyBinding(e){if(this._holdKeyBindingPromises.size!==0){let s=[...this._keydownEvents],o=(await Promise.race([Promise.all(s.map(async a=>{var l;return(l=this._holdKeyBindingPromises.get(a))!==null&&l!==void 0?l:Promise.resolve(!0)})),new Promise(a=>{setTimeout(()=>a([!1]),ut.KEYBINDING_HOLD_TIMEOUT)})])).every(Boolean);if(this._holdKeyBindingPromises.clear(),!o)return}let{command:t,args:r}=e,n={_luminoEvent:{type:"keybinding",keys:e.keys},...r};if(!this.hasCommand(t)||!this.isEnabled(t,n)){let s=this.hasCommand(t)?"enabled":"registered",a=`Cannot execute key binding '${e.keys.join(", ")}':`,l=`command '${t}' is not ${s}.`;console.warn(`${a} ${l}`);return}await this.execute(t,n)}_clearPendingState(){this._clearTimer(),this._clearModifierTimer(),this._exactKeyMatch=null,this._keystrokes.length=0,this._keydownEvents.length=0}_onPendingTimeout(){this._timerID=0,this._exactKeyMatch?this._executeKeyBinding(this._exactKeyMatch):this._replayKeydownEvents(),this._clearPendingState()}};(function(i){function e(a){let l="",d=!1,c=!1,h=!1,f=!1;for(let p of a.split(/\s+/))p==="Accel"?Ie.IS_MAC?c=!0:h=!0:p==="Alt"?d=!0:p==="Cmd"?c=!0:p==="Ctrl"?h=!0:p==="Shift"?f=!0:p.length>0&&(l=p);return{cmd:c,ctrl:h,alt:d,shift:f,key:l}}i.parseKeystroke=e;function t(a){let l="",d=e(a);return d.ctrl&&(l+="Ctrl "),d.alt&&(l+="Alt "),d.shift&&(l+="Shift "),d.cmd&&Ie.IS_MAC&&(l+="Cmd "),d.key?l+d.key:l.trim()}i.normalizeKeystroke=t;function r(a){let l;return Ie.IS_WIN?l=a.winKeys||a.keys:Ie.IS_MAC?l=a.macKeys||a.keys:l=a.linuxKeys||a.keys,l.map(t)}i.normalizeKeys=r;function n(a){return typeof a=="string"?l(a):a.map(l).join(", ");function l(d){let c=[],h=Ie.IS_MAC?" ":"+",f=e(d);return f.ctrl&&c.push("Ctrl"),f.alt&&c.push("Alt"),f.shift&&c.push("Shift"),Ie.IS_MAC&&f.cmd&&c.push("Cmd"),c.push(f.key),c.map(ut.formatKey).join(h)}}i.formatKeystroke=n;function s(a){let l=pr(),d=l.keyForKeydownEvent(a);return l.isModifierKey(d)}i.isModifierKeyPressed=s;function o(a){let l=pr(),d=l.keyForKeydownEvent(a),c=[];return a.ctrlKey&&c.push("Ctrl"),a.altKey&&c.push("Alt"),a.shiftKey&&c.push("Shift"),a.metaKey&&Ie.IS_MAC&&c.push("Cmd"),l.isModifierKey(d)||c.push(d),c.join(" ")}i.keystrokeForKeydownEvent=o})(jt||(jt={}));var ut;(function(i){i.CHORD_TIMEOUT=1e3,i.KEYBINDING_HOLD_TIMEOUT=1e3,i.modifierkeyTimeOut=500;function e(w){return{execute:w.execute,describedBy:_(typeof w.describedBy=="function"?w.describedBy:{args:null,...w.describedBy},()=>({args:null})),label:_(w.label,l),mnemonic:_(w.mnemonic,d),icon:_(w.icon,p),iconClass:_(w.iconClass,l),iconLabel:_(w.iconLabel,l),caption:_(w.caption,l),usage:_(w.usage,l),className:_(w.className,l),dataset:_(w.dataset,f),isEnabled:w.isEnabled||c,isToggled:w.isToggled||h,isToggleable:w.isToggleable||!!w.isToggled,isVisible:w.isVisible||c}}i.createCommand=e;function t(w){var T;return{keys:jt.normalizeKeys(w),selector:v(w),command:w.command,args:w.args||Ce.JSONExt.emptyObject,preventDefault:(T=w.preventDefault)!==null&&T!==void 0?T:!0}}i.createKeyBinding=t;function r(w,T,A){let S=null,R=[],k=1/0,H=0;for(let I=0,z=w.length;I<z;++I){let P=w[I],F=y(P.keys,T);if(F===0)continue;if(F===2){C(P.selector,A)!==-1&&R.push(P);continue}let U=C(P.selector,A);if(U===-1||U>k)continue;let Y=dt.calculateSpecificity(P.selector);(!S||U<k||Y>=H)&&(S=P,k=U,H=Y)}return{exact:S,partial:R}}i.matchKeyBinding=r;function n(w){w.target.dispatchEvent(E(w))}i.replayKeyEvent=n;function s(w){return Ie.IS_MAC?o.hasOwnProperty(w)?o[w]:w:a.hasOwnProperty(w)?a[w]:w}i.formatKey=s;let o={Backspace:"\u232B",Tab:"\u21E5",Enter:"\u23CE",Shift:"\u21E7",Ctrl:"\u2303",Alt:"\u2325",Escape:"\u238B",PageUp:"\u21DE",PageDown:"\u21DF",End:"\u2198",Home:"\u2196",ArrowLeft:"\u2190",ArrowUp:"\u2191",ArrowRight:"\u2192",ArrowDown:"\u2193",Delete:"\u2326",Cmd:"\u2318"},a={Escape:"Esc",PageUp:"Page Up",PageDown:"Page Down",ArrowLeft:"Left",ArrowUp:"Up",ArrowRight:"Right",ArrowDown:"Down",Delete:"Del"},l=()=>"",d=()=>-1,c=()=>!0,h=()=>!1,f=()=>({}),p=()=>{};function _(w,T){return w===void 0?T:typeof w=="function"?w:()=>w}function v(w){if(w.selector.indexOf(",")!==-1)throw new Error(`Selector cannot contain commas: ${w.selector}`);if(!dt.isValid(w.selector))throw new Error(`Invalid selector: ${w.selector}`);return w.selector}function y(w,T){if(w.length<T.length)return 0;for(let A=0,S=T.length;A<S;++A)if(w[A]!==T[A])return 0;return w.length>T.length?2:1}function C(w,T){let A=T.target,S=T.currentTarget;for(let R=0;A!==null;A=A.parentElement,++R){if(A.hasAttribute("data-lm-suppress-shortcuts"))return-1;if(dt.matches(A,w))return R;if(A===S)return-1}return-1}function E(w){let T=document.createEvent("Event"),A=w.bubbles||!0,S=w.cancelable||!0;return T.initEvent(w.type||"keydown",A,S),T.key=w.key||"",T.keyCode=w.keyCode||0,T.which=w.keyCode||0,T.ctrlKey=w.ctrlKey||!1,T.altKey=w.altKey||!1,T.shiftKey=w.shiftKey||!1,T.metaKey=w.metaKey||!1,T.view=w.view||window,T}})(ut||(ut={}));var gr=me(Ht()),_r=class{constructor(e){this.type="text",this.content=e}},gn=class{constructor(e,t,r,n){this.type="element",this.tag=e,this.attrs=t,this.children=r,this.renderer=n}};function te(i){let e={},t,r=[];for(let s=1,o=arguments.length;s<o;++s){let a=arguments[s];typeof a=="string"?r.push(new _r(a)):a instanceof _r||a instanceof gn?r.push(a):a instanceof Array?n(r,a):(s===1||s===2)&&a&&typeof a=="object"&&("render"in a?t=a:e=a)}return new gn(i,e,r,t);function n(s,o){for(let a of o)typeof a=="string"?s.push(new _r(a)):(a instanceof _r||a instanceof gn)&&s.push(a)}}(function(i){i.a=i.bind(void 0,"a"),i.abbr=i.bind(void 0,"abbr"),i.address=i.bind(void 0,"address"),i.area=i.bind(void 0,"area"),i.article=i.bind(void 0,"article"),i.aside=i.bind(void 0,"aside"),i.audio=i.bind(void 0,"audio"),i.b=i.bind(void 0,"b"),i.bdi=i.bind(void 0,"bdi"),i.bdo=i.bind(void 0,"bdo"),i.blockquote=i.bind(void 0,"blockquote"),i.br=i.bind(void 0,"br"),i.button=i.bind(void 0,"button"),i.canvas=i.bind(void 0,"canvas"),i.caption=i.bind(void 0,"caption"),i.cite=i.bind(void 0,"cite"),i.code=i.bind(void 0,"code"),i.col=i.bind(void 0,"col"),i.colgroup=i.bind(void 0,"colgroup"),i.data=i.bind(void 0,"data"),i.datalist=i.bind(void 0,"datalist"),i.dd=i.bind(void 0,"dd"),i.del=i.bind(void 0,"del"),i.dfn=i.bind(void 0,"dfn"),i.div=i.bind(void 0,"div"),i.dl=i.bind(void 0,"dl"),i.dt=i.bind(void 0,"dt"),i.em=i.bind(void 0,"em"),i.embed=i.bind(void 0,"embed"),i.fieldset=i.bind(void 0,"fieldset"),i.figcaption=i.bind(void 0,"figcaption"),i.figure=i.bind(void 0,"figure"),i.footer=i.bind(void 0,"footer"),i.form=i.bind(void 0,"form"),i.h1=i.bind(void 0,"h1"),i.h2=i.bind(void 0,"h2"),i.h3=i.bind(void 0,"h3"),i.h4=i.bind(void 0,"h4"),i.h5=i.bind(void 0,"h5"),i.h6=i.bind(void 0,"h6"),i.header=i.bind(void 0,"header"),i.hr=i.bind(void 0,"hr"),i.i=i.bind(void 0,"i"),i.iframe=i.bind(void 0,"iframe"),i.img=i.bind(void 0,"img"),i.input=i.bind(void 0,"input"),i.ins=i.bind(void 0,"ins"),i.kbd=i.bind(void 0,"kbd"),i.label=i.bind(void 0,"label"),i.legend=i.bind(void 0,"legend"),i.li=i.bind(void 0,"li"),i.main=i.bind(void 0,"main"),i.map=i.bind(void 0,"map"),i.mark=i.bind(void 0,"mark"),i.meter=i.bind(void 0,"meter"),i.nav=i.bind(void 0,"nav"),i.noscript=i.bind(void 0,"noscript"),i.object=i.bind(void 0,"object"),i.ol=i.bind(void 0,"ol"),i.optgroup=i.bind(void 0,"optgroup"),i.option=i.bind(void 0,"option"),i.output=i.bind(void 0,"output"),i.p=i.bind(void 0,"p"),i.param=i.bind(void 0,"param"),i.pre=i.bind(void 0,"pre"),i.progress=i.bind(void 0,"progress"),i.q=i.bind(void 0,"q"),i.rp=i.bind(void 0,"rp"),i.rt=i.bind(void 0,"rt"),i.ruby=i.bind(void 0,"ruby"),i.s=i.bind(void 0,"s"),i.samp=i.bind(void 0,"samp"),i.section=i.bind(void 0,"section"),i.select=i.bind(void 0,"select"),i.small=i.bind(void 0,"small"),i.source=i.bind(void 0,"source"),i.span=i.bind(void 0,"span"),i.strong=i.bind(void 0,"strong"),i.sub=i.bind(void 0,"sub"),i.summary=i.bind(void 0,"summary"),i.sup=i.bind(void 0,"sup"),i.table=i.bind(void 0,"table"),i.tbody=i.bind(void 0,"tbody"),i.td=i.bind(void 0,"td"),i.textarea=i.bind(void 0,"textarea"),i.tfoot=i.bind(void 0,"tfoot"),i.th=i.bind(void 0,"th"),i.thead=i.bind(void 0,"thead"),i.time=i.bind(void 0,"time"),i.title=i.bind(void 0,"title"),i.tr=i.bind(void 0,"tr"),i.track=i.bind(void 0,"track"),i.u=i.bind(void 0,"u"),i.ul=i.bind(void 0,"ul"),i.var_=i.bind(void 0,"var"),i.video=i.bind(void 0,"video"),i.wbr=i.bind(void 0,"wbr")})(te||(te={}));var _t;(function(i){function e(r){return wi.createDOMNode(r)}i.realize=e;function t(r,n){let s=wi.hostMap.get(n)||[],o=wi.asContentArray(r);wi.hostMap.set(n,o),wi.updateContent(n,s,o)}i.render=t})(_t||(_t={}));var wi;(function(i){i.hostMap=new WeakMap;function e(p){return p?p instanceof Array?p:[p]:[]}i.asContentArray=e;function t(p){let _=arguments[1]||null,v=arguments[2]||null;if(_)_.insertBefore(t(p),v);else{if(p.type==="text")return document.createTextNode(p.content);if(_=document.createElement(p.tag),o(_,p.attrs),p.renderer)return p.renderer.render(_,{attrs:p.attrs,children:p.children}),_;for(let y=0,C=p.children.length;y<C;++y)t(p.children[y],_)}return _}i.createDOMNode=t;function r(p,_,v){if(_===v)return;let y=f(p,_),C=_.slice(),E=p.firstChild,w=v.length;for(let T=0;T<w;++T){if(T>=C.length){t(v[T],p);continue}let A=C[T],S=v[T];if(A===S){E=E.nextSibling;continue}if(A.type==="text"&&S.type==="text"){E.textContent!==S.content&&(E.textContent=S.content),E=E.nextSibling;continue}if(A.type==="text"||S.type==="text"){gr.ArrayExt.insert(C,T,S),t(S,p,E);continue}if(!A.renderer!=!S.renderer){gr.ArrayExt.insert(C,T,S),t(S,p,E);continue}let R=S.attrs.key;if(R&&R in y){let H=y[R];H.vNode!==A&&(gr.ArrayExt.move(C,C.indexOf(H.vNode,T+1),T),p.insertBefore(H.element,E),A=H.vNode,E=H.element)}if(A===S){E=E.nextSibling;continue}let k=A.attrs.key;if(k&&k!==R){gr.ArrayExt.insert(C,T,S),t(S,p,E);continue}if(A.tag!==S.tag){gr.ArrayExt.insert(C,T,S),t(S,p,E);continue}a(E,A.attrs,S.attrs),S.renderer?S.renderer.render(E,{attrs:S.attrs,children:S.children}):r(E,A.children,S.children),E=E.nextSibling}n(p,C,w,!0)}i.updateContent=r;function n(p,_,v,y){for(let C=_.length-1;C>=v;--C){let E=_[C],w=y?p.lastChild:p.childNodes[C];E.type==="text"||(E.renderer&&E.renderer.unrender?E.renderer.unrender(w,{attrs:E.attrs,children:E.children}):n(w,E.children,0,!1)),y&&p.removeChild(w)}}let s={key:!0,className:!0,htmlFor:!0,dataset:!0,style:!0};function o(p,_){for(let v in _)v in s||(v.substr(0,2)==="on"?p[v]=_[v]:p.setAttribute(v,_[v]));_.className!==void 0&&p.setAttribute("class",_.className),_.htmlFor!==void 0&&p.setAttribute("for",_.htmlFor),_.dataset&&l(p,_.dataset),_.style&&c(p,_.style)}function a(p,_,v){if(_===v)return;let y;for(y in _)y in s||y in v||(y.substr(0,2)==="on"?p[y]=null:p.removeAttribute(y));for(y in v)y in s||_[y]===v[y]||(y.substr(0,2)==="on"?p[y]=v[y]:p.setAttribute(y,v[y]));_.className!==v.className&&(v.className!==void 0?p.setAttribute("class",v.className):p.removeAttribute("class")),_.htmlFor!==v.htmlFor&&(v.htmlFor!==void 0?p.setAttribute("for",v.htmlFor):p.removeAttribute("for")),_.dataset!==v.dataset&&d(p,_.dataset||{},v.dataset||{}),_.style!==v.style&&h(p,_.style||{},v.style||{})}function l(p,_){for(let v in _)p.setAttribute(`data-${v}`,_[v])}function d(p,_,v){for(let y in _)y in v||p.removeAttribute(`data-${y}`);for(let y in v)_[y]!==v[y]&&p.setAttribute(`data-${y}`,v[y])}function c(p,_){let v=p.style,y;for(y in _)v[y]=_[y]}function h(p,_,v){let y=p.style,C;for(C in _)C in v||(y[C]="");for(C in v)_[C]!==v[C]&&(y[C]=v[C])}function f(p,_){let v=p.firstChild,y=Object.create(null);for(let C of _)C.type==="element"&&C.attrs.key&&(y[C.attrs.key]={vNode:C,element:v}),v=v.nextSibling;return y}})(wi||(wi={}));var vt=class{constructor(){this.sizeHint=0,this.minSize=0,this.maxSize=1/0,this.stretch=1,this.size=0,this.done=!1}},Ze;(function(i){function e(s,o){let a=s.length;if(a===0)return o;let l=0,d=0,c=0,h=0,f=0;for(let v=0;v<a;++v){let y=s[v],C=y.minSize,E=y.maxSize,w=y.sizeHint;y.done=!1,y.size=Math.max(C,Math.min(w,E)),c+=y.size,l+=C,d+=E,y.stretch>0&&(h+=y.stretch,f++)}if(o===c)return 0;if(o<=l){for(let v=0;v<a;++v){let y=s[v];y.size=y.minSize}return o-l}if(o>=d){for(let v=0;v<a;++v){let y=s[v];y.size=y.maxSize}return o-d}let p=.01,_=a;if(o<c){let v=c-o;for(;f>0&&v>p;){let y=v,C=h;for(let E=0;E<a;++E){let w=s[E];if(w.done||w.stretch===0)continue;let T=w.stretch*y/C;w.size-T<=w.minSize?(v-=w.size-w.minSize,h-=w.stretch,w.size=w.minSize,w.done=!0,_--,f--):(v-=T,w.size-=T)}}for(;_>0&&v>p;){let y=v/_;for(let C=0;C<a;++C){let E=s[C];E.done||(E.size-y<=E.minSize?(v-=E.size-E.minSize,E.size=E.minSize,E.done=!0,_--):(v-=y,E.size-=y))}}}else{let v=o-c;for(;f>0&&v>p;){let y=v,C=h;for(let E=0;E<a;++E){let w=s[E];if(w.done||w.stretch===0)continue;let T=w.stretch*y/C;w.size+T>=w.maxSize?(v-=w.maxSize-w.size,h-=w.stretch,w.size=w.maxSize,w.done=!0,_--,f--):(v-=T,w.size+=T)}}for(;_>0&&v>p;){let y=v/_;for(let C=0;C<a;++C){let E=s[C];E.done||(E.size+y>=E.maxSize?(v-=E.maxSize-E.size,E.size=E.maxSize,E.done=!0,_--):(v-=y,E.size+=y))}}}return 0}i.calc=e;function t(s,o,a){s.length===0||a===0||(a>0?r(s,o,a):n(s,o,-a))}i.adjust=t;function r(s,o,a){let l=0;for(let f=0;f<=o;++f){let p=s[f];l+=p.maxSize-p.size}let d=0;for(let f=o+1,p=s.length;f<p;++f){let _=s[f];d+=_.size-_.minSize}a=Math.min(a,l,d);let c=a;for(let f=o;f>=0&&c>0;--f){let p=s[f],_=p.maxSize-p.size;_>=c?(p.sizeHint=p.size+c,c=0):(p.sizeHint=p.size+_,c-=_)}let h=a;for(let f=o+1,p=s.length;f<p&&h>0;++f){let _=s[f],v=_.size-_.minSize;v>=h?(_.sizeHint=_.size-h,h=0):(_.sizeHint=_.size-v,h-=v)}}function n(s,o,a){let l=0;for(let f=o+1,p=s.length;f<p;++f){let _=s[f];l+=_.maxSize-_.size}let d=0;for(let f=0;f<=o;++f){let p=s[f];d+=p.size-p.minSize}a=Math.min(a,l,d);let c=a;for(let f=o+1,p=s.length;f<p&&c>0;++f){let _=s[f],v=_.maxSize-_.size;v>=c?(_.sizeHint=_.size+c,c=0):(_.sizeHint=_.size+v,c-=v)}let h=a;for(let f=o;f>=0&&h>0;--f){let p=s[f],_=p.size-p.minSize;_>=h?(p.sizeHint=p.size-h,h=0):(p.sizeHint=p.size-_,h-=_)}}})(Ze||(Ze={}));var _n=class{constructor(e){this._label="",this._caption="",this._mnemonic=-1,this._icon=void 0,this._iconClass="",this._iconLabel="",this._className="",this._closable=!1,this._changed=new J(this),this._isDisposed=!1,this.owner=e.owner,e.label!==void 0&&(this._label=e.label),e.mnemonic!==void 0&&(this._mnemonic=e.mnemonic),e.icon!==void 0&&(this._icon=e.icon),e.iconClass!==void 0&&(this._iconClass=e.iconClass),e.iconLabel!==void 0&&(this._iconLabel=e.iconLabel),e.caption!==void 0&&(this._caption=e.caption),e.className!==void 0&&(this._className=e.className),e.closable!==void 0&&(this._closable=e.closable),this._dataset=e.dataset||{}}get changed(){return this._changed}get label(){return this._label}set label(e){this._label!==e&&(this._label=e,this._changed.emit(void 0))}get mnemonic(){return this._mnemonic}set mnemonic(e){this._mnemonic!==e&&(this._mnemonic=e,this._changed.emit(void 0))}get icon(){return this._icon}set icon(e){this._icon!==e&&(this._icon=e,this._changed.emit(void 0))}get iconClass(){return this._iconClass}set iconClass(e){this._iconClass!==e&&(this._iconClass=e,this._changed.emit(void 0))}get iconLabel(){return this._iconLabel}set iconLabel(e){this._iconLabel!==e&&(this._iconLabel=e,this._changed.emit(void 0))}get caption(){return this._caption}set caption(e){this._caption!==e&&(this._caption=e,this._changed.emit(void 0))}get className(){return this._className}set className(e){this._className!==e&&(this._className=e,this._changed.emit(void 0))}get closable(){return this._closable}set closable(e){this._closable!==e&&(this._closable=e,this._changed.emit(void 0))}get dataset(){return this._dataset}set dataset(e){this._dataset!==e&&(this._dataset=e,this._changed.emit(void 0))}get isDisposed(){return this._isDisposed}dispose(){this.isDisposed||(this._isDisposed=!0,J.clearData(this))}},kt;(function(i){function e(o){return Math.max(0,Math.floor(o))}i.clampDimension=e;function t(o,a){let l=a.ownerDocument;l&&o.ownerDocument!==l&&l.adoptNode(o)}i.adoptNode=t;function r(o){return"pointerType"in o&&o.pointerType==="touch"}i.isTouchEvent=r;function n(o,a,l){let d=o;d.moveBefore&&o.isConnected?d.moveBefore(a,l):o.insertBefore(a,l)}i.moveBefore=n;function s(o){let a=o;return!o.isConnected||typeof a.moveBefore=="function"}i.moveKeepsState=s})(kt||(kt={}));var Ae=kt,N=class i{constructor(e={}){this._flags=0,this._layout=null,this._parent=null,this._disposed=new J(this),this._hiddenMode=i.HiddenMode.Display,this.node=Zs.createNode(e),this.addClass("lm-Widget")}dispose(){this.isDisposed||(this.setFlag(i.Flag.IsDisposed),this._disposed.emit(void 0),this.parent?this.parent=null:this.isAttached&&i.detach(this),this._layout&&(this._layout.dispose(),this._layout=null),this.title.dispose(),J.clearData(this),O.clearData(this),Oe.clearData(this))}get disposed(){return this._disposed}get isDisposed(){return this.testFlag(i.Flag.IsDisposed)}get isAttached(){return this.testFlag(i.Flag.IsAttached)}get isHidden(){return this.testFlag(i.Flag.IsHidden)}get isVisible(){let e=this;do{if(e.isHidden||!e.isAttached)return!1;e=e.parent}while(e!=null);return!0}get title(){return Zs.titleProperty.get(this)}get id(){return this.node.id}set id(e){this.node.id=e}get dataset(){return this.node.dataset}get hiddenMode(){return this._hiddenMode}set hiddenMode(e){this._hiddenMode!==e&&(this.isHidden&&this._toggleHidden(!1),e==i.HiddenMode.Scale?this.node.style.willChange="transform":this.node.style.willChange="auto",this._hiddenMode=e,this.isHidden&&this._toggleHidden(!0))}get parent(){return this._parent}set parent(e){if(this._parent!==e){if(e&&this.contains(e))throw new Error("Invalid parent widget.");if(this._parent&&!this._parent.isDisposed){let t=new i.ChildMessage("child-removed",this);O.sendMessage(this._parent,t)}if(this._parent=e,this._parent&&!this._parent.isDisposed){let t=new i.ChildMessage("child-added",this);O.sendMessage(this._parent,t)}this.isDisposed||O.sendMessage(this,i.Msg.ParentChanged)}}get layout(){return this._layout}set layout(e){if(this._layout!==e){if(this.testFlag(i.Flag.DisallowLayout))throw new Error("Cannot set widget layout.");if(this._layout)throw new Error("Cannot change widget layout.");if(e.parent)throw new Error("Cannot change layout parent.");this._layout=e,e.parent=this}}*children(){this._layout&&(yield*this._layout)}contains(e){for(let t=e;t;t=t._parent)if(t===this)return!0;return!1}hasClass(e){return this.node.classList.contains(e)}addClass(e){this.node.classList.add(e)}removeClass(e){this.node.classList.remove(e)}toggleClass(e,t){return t===!0?(this.node.classList.add(e),!0):t===!1?(this.node.classList.remove(e),!1):this.node.classList.toggle(e)}update(){O.postMessage(this,i.Msg.UpdateRequest)}fit(){O.postMessage(this,i.Msg.FitRequest)}activate(){O.postMessage(this,i.Msg.ActivateRequest)}close(){O.sendMessage(this,i.Msg.CloseRequest)}show(){if(this.testFlag(i.Flag.IsHidden)&&(this.isAttached&&(!this.parent||this.parent.isVisible)&&O.sendMessage(this,i.Msg.BeforeShow),this.clearFlag(i.Flag.IsHidden),this._toggleHidden(!1),this.isAttached&&(!this.parent||this.parent.isVisible)&&O.sendMessage(this,i.Msg.AfterShow),this.parent)){let e=new i.ChildMessage("child-shown",this);O.sendMessage(this.parent,e)}}hide(){if(!this.testFlag(i.Flag.IsHidden)&&(this.isAttached&&(!this.parent||this.parent.isVisible)&&O.sendMessage(this,i.Msg.BeforeHide),this.setFlag(i.Flag.IsHidden),this._toggleHidden(!0),this.isAttached&&(!this.parent||this.parent.isVisible)&&O.sendMessage(this,i.Msg.AfterHide),this.parent)){let e=new i.ChildMessage("child-hidden",this);O.sendMessage(this.parent,e)}}setHidden(e){e?this.hide():this.show()}testFlag(e){return(this._flags&e)!==0}setFlag(e){this._flags|=e}clearFlag(e){this._flags&=~e}processMessage(e){switch(e.type){case"resize":this.notifyLayout(e),this.onResize(e);break;case"update-request":this.notifyLayout(e),this.onUpdateRequest(e);break;case"fit-request":this.notifyLayout(e),this.onFitRequest(e);break;case"before-show":this.notifyLayout(e),this.onBeforeShow(e);break;case"after-show":this.setFlag(i.Flag.IsVisible),this.notifyLayout(e),this.onAfterShow(e);break;case"before-hide":this.notifyLayout(e),this.onBeforeHide(e);break;case"after-hide":this.clearFlag(i.Flag.IsVisible),this.notifyLayout(e),this.onAfterHide(e);break;case"before-attach":this.notifyLayout(e),this.onBeforeAttach(e);break;case"after-attach":!this.isHidden&&(!this.parent||this.parent.isVisible)&&this.setFlag(i.Flag.IsVisible),this.setFlag(i.Flag.IsAttached),this.notifyLayout(e),this.onAfterAttach(e);break;case"before-detach":this.notifyLayout(e),this.onBeforeDetach(e);break;case"after-detach":this.clearFlag(i.Flag.IsVisible),this.clearFlag(i.Flag.IsAttached),this.notifyLayout(e),this.onAfterDetach(e);break;case"activate-request":this.notifyLayout(e),this.onActivateRequest(e);break;case"close-request":this.notifyLayout(e),this.onCloseRequest(e);break;case"child-added":this.notifyLayout(e),this.onChildAdded(e);break;case"child-removed":this.notifyLayout(e),this.onChildRemoved(e);break;default:this.notifyLayout(e);break}}notifyLayout(e){this._layout&&this._layout.processParentMessage(e)}onCloseRequest(e){this.parent?this.parent=null:this.isAttached&&i.detach(this)}onResize(e){}onUpdateRequest(e){}onFitRequest(e){}onActivateRequest(e){}onBeforeShow(e){}onAfterShow(e){}onBeforeHide(e){}onAfterHide(e){}onBeforeAttach(e){}onAfterAttach(e){}onBeforeDetach(e){}onAfterDetach(e){}onChildAdded(e){}onChildRemoved(e){}_toggleHidden(e){if(e)switch(this._hiddenMode){case i.HiddenMode.Display:this.addClass("lm-mod-hidden");break;case i.HiddenMode.Scale:this.node.style.transform="scale(0)",this.node.setAttribute("aria-hidden","true");break;case i.HiddenMode.ContentVisibility:this.node.style.contentVisibility="hidden",this.node.style.zIndex="-1",this.node.style.opacity="0";break}else switch(this._hiddenMode){case i.HiddenMode.Display:this.removeClass("lm-mod-hidden");break;case i.HiddenMode.Scale:this.node.style.transform="",this.node.removeAttribute("aria-hidden");break;case i.HiddenMode.ContentVisibility:this.node.style.contentVisibility="",this.node.style.zIndex="",this.node.style.opacity="";break}}};(function(i){(function(s){s[s.Display=0]="Display",s[s.Scale=1]="Scale",s[s.ContentVisibility=2]="ContentVisibility"})(i.HiddenMode||(i.HiddenMode={})),(function(s){s[s.IsDisposed=1]="IsDisposed",s[s.IsAttached=2]="IsAttached",s[s.IsHidden=4]="IsHidden",s[s.IsVisible=8]="IsVisible",s[s.DisallowLayout=16]="DisallowLayout"})(i.Flag||(i.Flag={})),(function(s){s.BeforeShow=new Be("before-show"),s.AfterShow=new Be("after-show"),s.BeforeHide=new Be("before-hide"),s.AfterHide=new Be("after-hide"),s.BeforeAttach=new Be("before-attach"),s.AfterAttach=new Be("after-attach"),s.BeforeDetach=new Be("before-detach"),s.AfterDetach=new Be("after-detach"),s.ParentChanged=new Be("parent-changed"),s.UpdateRequest=new Zt("update-request"),s.FitRequest=new Zt("fit-request"),s.ActivateRequest=new Zt("activate-request"),s.CloseRequest=new Zt("close-request")})(i.Msg||(i.Msg={}));class e extends Be{constructor(o,a){super(o),this.child=a}}i.ChildMessage=e;class t extends Be{constructor(o,a){super("resize"),this.width=o,this.height=a}}i.ResizeMessage=t,(function(s){s.UnknownSize=new s(-1,-1)})(t=i.ResizeMessage||(i.ResizeMessage={}));function r(s,o,a=null){if(s.parent)throw new Error("Cannot attach a child widget.");if(s.isAttached||s.node.isConnected)throw new Error("Widget is already attached.");if(!o.isConnected)throw new Error("Host is not attached.");kt.adoptNode(s.node,o),O.sendMessage(s,i.Msg.BeforeAttach),o.insertBefore(s.node,a),O.sendMessage(s,i.Msg.AfterAttach)}i.attach=r;function n(s){if(s.parent)throw new Error("Cannot detach a child widget.");if(!s.isAttached||!s.node.isConnected)throw new Error("Widget is not attached.");O.sendMessage(s,i.Msg.BeforeDetach),s.node.parentNode.removeChild(s.node),O.sendMessage(s,i.Msg.AfterDetach)}i.detach=n})(N||(N={}));var Zs;(function(i){i.titleProperty=new Oe({name:"title",create:t=>new _n({owner:t})});function e(t){return t.node||document.createElement(t.tag||"div")}i.createNode=e})(Zs||(Zs={}));var Lt=class{constructor(e={}){this._disposed=!1,this._parent=null,this._fitPolicy=e.fitPolicy||"set-min-size"}dispose(){this._parent=null,this._disposed=!0,J.clearData(this),Oe.clearData(this)}get isDisposed(){return this._disposed}get parent(){return this._parent}set parent(e){if(this._parent!==e){if(this._parent)throw new Error("Cannot change parent widget.");if(e.layout!==this)throw new Error("Invalid parent widget.");this._parent=e,this.init()}}get fitPolicy(){return this._fitPolicy}set fitPolicy(e){if(this._fitPolicy!==e&&(this._fitPolicy=e,this._parent)){let t=this._parent.node.style;t.minWidth="",t.minHeight="",t.maxWidth="",t.maxHeight="",this._parent.fit()}}processParentMessage(e){switch(e.type){case"resize":this.onResize(e);break;case"update-request":this.onUpdateRequest(e);break;case"fit-request":this.onFitRequest(e);break;case"before-show":this.onBeforeShow(e);break;case"after-show":this.onAfterShow(e);break;case"before-hide":this.onBeforeHide(e);break;case"after-hide":this.onAfterHide(e);break;case"before-attach":this.onBeforeAttach(e);break;case"after-attach":this.onAfterAttach(e);break;case"before-detach":this.onBeforeDetach(e);break;case"after-detach":this.onAfterDetach(e);break;case"child-removed":this.onChildRemoved(e);break;case"child-shown":this.onChildShown(e);break;case"child-hidden":this.onChildHidden(e);break}}init(){for(let e of this)e.parent=this.parent}onResize(e){for(let t of this)O.sendMessage(t,N.ResizeMessage.UnknownSize)}onUpdateRequest(e){for(let t of this)O.sendMessage(t,N.ResizeMessage.UnknownSize)}onBeforeAttach(e){for(let t of this)O.sendMessage(t,e)}onAfterAttach(e){for(let t of this)O.sendMessage(t,e)}onBeforeDetach(e){for(let t of this)O.sendMessage(t,e)}onAfterDetach(e){for(let t of this)O.sendMessage(t,e)}onBeforeShow(e){for(let t of this)t.isHidden||O.sendMessage(t,e)}onAfterShow(e){for(let t of this)t.isHidden||O.sendMessage(t,e)}onBeforeHide(e){for(let t of this)t.isHidden||O.sendMessage(t,e)}onAfterHide(e){for(let t of this)t.isHidden||O.sendMessage(t,e)}onChildRemoved(e){this.removeWidget(e.child)}onFitRequest(e){}onChildShown(e){}onChildHidden(e){}};(function(i){function e(s){return br.horizontalAlignmentProperty.get(s)}i.getHorizontalAlignment=e;function t(s,o){br.horizontalAlignmentProperty.set(s,o)}i.setHorizontalAlignment=t;function r(s){return br.verticalAlignmentProperty.get(s)}i.getVerticalAlignment=r;function n(s,o){br.verticalAlignmentProperty.set(s,o)}i.setVerticalAlignment=n})(Lt||(Lt={}));var Ti=class{constructor(e){this._top=NaN,this._left=NaN,this._width=NaN,this._height=NaN,this._minWidth=0,this._minHeight=0,this._maxWidth=1/0,this._maxHeight=1/0,this._disposed=!1,this.widget=e,this.widget.node.style.position="absolute",this.widget.node.style.contain="strict"}dispose(){if(this._disposed)return;this._disposed=!0;let e=this.widget.node.style;e.position="",e.top="",e.left="",e.width="",e.height="",e.contain=""}get minWidth(){return this._minWidth}get minHeight(){return this._minHeight}get maxWidth(){return this._maxWidth}get maxHeight(){return this._maxHeight}get isDisposed(){return this._disposed}get isHidden(){return this.widget.isHidden}get isVisible(){return this.widget.isVisible}get isAttached(){return this.widget.isAttached}fit(){let e=ee.sizeLimits(this.widget.node);this._minWidth=e.minWidth,this._minHeight=e.minHeight,this._maxWidth=e.maxWidth,this._maxHeight=e.maxHeight}update(e,t,r,n){let s=Math.max(this._minWidth,Math.min(r,this._maxWidth)),o=Math.max(this._minHeight,Math.min(n,this._maxHeight));if(s<r)switch(Lt.getHorizontalAlignment(this.widget)){case"left":break;case"center":e+=(r-s)/2;break;case"right":e+=r-s;break;default:throw"unreachable"}if(o<n)switch(Lt.getVerticalAlignment(this.widget)){case"top":break;case"center":t+=(n-o)/2;break;case"bottom":t+=n-o;break;default:throw"unreachable"}let a=!1,l=this.widget.node.style;if(this._top!==t&&(this._top=t,l.top=`${t}px`),this._left!==e&&(this._left=e,l.left=`${e}px`),this._width!==s&&(a=!0,this._width=s,l.width=`${s}px`),this._height!==o&&(a=!0,this._height=o,l.height=`${o}px`),a){let d=new N.ResizeMessage(s,o);O.sendMessage(this.widget,d)}}},br;(function(i){i.horizontalAlignmentProperty=new Oe({name:"horizontalAlignment",create:()=>"center",changed:e}),i.verticalAlignmentProperty=new Oe({name:"verticalAlignment",create:()=>"top",changed:e});function e(t){t.parent&&t.parent.layout&&t.parent.update()}})(br||(br={}));var vr=class extends Lt{constructor(){super(...arguments),this._widgets=[]}dispose(){for(;this._widgets.length>0;)this._widgets.pop().dispose();super.dispose()}get widgets(){return this._widgets}*[Symbol.iterator](){yield*this._widgets}addWidget(e){this.insertWidget(this._widgets.length,e)}insertWidget(e,t){t.parent=this.parent;let r=this._widgets.indexOf(t),n=Math.max(0,Math.min(e,this._widgets.length));if(r===-1){L.ArrayExt.insert(this._widgets,n,t),this.parent&&this.attachWidget(n,t);return}n===this._widgets.length&&n--,r!==n&&(L.ArrayExt.move(this._widgets,r,n),this.parent&&this.moveWidget(r,n,t))}removeWidget(e){this.removeWidgetAt(this._widgets.indexOf(e))}removeWidgetAt(e){let t=L.ArrayExt.removeAt(this._widgets,e);t&&this.parent&&this.detachWidget(e,t)}init(){super.init();let e=0;for(let t of this)this.attachWidget(e++,t)}attachWidget(e,t){let r=this.parent.node.children[e];this.parent.isAttached&&O.sendMessage(t,N.Msg.BeforeAttach),this.parent.node.insertBefore(t.node,r),this.parent.isAttached&&O.sendMessage(t,N.Msg.AfterAttach)}moveWidget(e,t,r){this.parent.isAttached&&O.sendMessage(r,N.Msg.BeforeDetach),this.parent.node.removeChild(r.node),this.parent.isAttached&&O.sendMessage(r,N.Msg.AfterDetach);let n=this.parent.node.children[t];this.parent.isAttached&&O.sendMessage(r,N.Msg.BeforeAttach),this.parent.node.insertBefore(r.node,n),this.parent.isAttached&&O.sendMessage(r,N.Msg.AfterAttach)}detachWidget(e,t){this.parent.isAttached&&O.sendMessage(t,N.Msg.BeforeDetach),this.parent.node.removeChild(t.node),this.parent.isAttached&&O.sendMessage(t,N.Msg.AfterDetach)}},Bt=class i extends vr{constructor(e){super(),this.widgetOffset=0,this._fixed=0,this._spacing=4,this._dirty=!1,this._hasNormedSizes=!1,this._sizers=[],this._items=[],this._handles=[],this._box=null,this._alignment="start",this._orientation="horizontal",this.renderer=e.renderer,e.orientation!==void 0&&(this._orientation=e.orientation),e.alignment!==void 0&&(this._alignment=e.alignment),e.spacing!==void 0&&(this._spacing=kt.clampDimension(e.spacing))}dispose(){for(let e of this._items)e.dispose();this._box=null,this._items.length=0,this._sizers.length=0,this._handles.length=0,super.dispose()}get orientation(){return this._orientation}set orientation(e){this._orientation!==e&&(this._orientation=e,this.parent&&(this.parent.dataset.orientation=e,this.parent.fit()))}get alignment(){return this._alignment}set alignment(e){this._alignment!==e&&(this._alignment=e,this.parent&&(this.parent.dataset.alignment=e,this.parent.update()))}get spacing(){return this._spacing}set spacing(e){e=kt.clampDimension(e),this._spacing!==e&&(this._spacing=e,this.parent&&this.parent.fit())}get handles(){return this._handles}absoluteSizes(){return this._sizers.map(e=>e.size)}relativeSizes(){return zt.normalize(this._sizers.map(e=>e.size))}setRelativeSizes(e,t=!0){let r=this._sizers.length,n=e.slice(0,r);for(;n.length<r;)n.push(0);let s=zt.normalize(n);for(let o=0;o<r;++o){let a=this._sizers[o];a.sizeHint=s[o],a.size=s[o]}this._hasNormedSizes=!0,t&&this.parent&&this.parent.update()}moveHandle(e,t){this.adjustHandle(e,t)&&this.parent&&this.parent.update()}adjustHandle(e,t){let r=this._handles[e];if(!r||r.classList.contains("lm-mod-hidden"))return!1;let n;if(this._orientation==="horizontal"?n=t-r.offsetLeft:n=t-r.offsetTop,n===0)return!1;for(let s of this._sizers)s.size>0&&(s.sizeHint=s.size);return Ze.adjust(this._sizers,e,n),!0}init(){this.parent.dataset.orientation=this.orientation,this.parent.dataset.alignment=this.alignment,super.init()}attachWidget(e,t){let r=new Ti(t),n=zt.createHandle(this.renderer),s=zt.averageSize(this._sizers),o=zt.createSizer(s);L.ArrayExt.insert(this._items,e,r),L.ArrayExt.insert(this._sizers,e,o),L.ArrayExt.insert(this._handles,e,n),this.parent.isAttached&&O.sendMessage(t,N.Msg.BeforeAttach),this.parent.node.insertBefore(t.node,this._sectionReference(e)),this.parent.node.insertBefore(n,t.node.nextSibling),this.parent.isAttached&&O.sendMessage(t,N.Msg.AfterAttach),this.parent.fit()}moveWidget(e,t,r){L.ArrayExt.move(this._items,e,t),L.ArrayExt.move(this._sizers,e,t),L.ArrayExt.move(this._handles,e,t),kt.moveKeepsState(this.parent.node)&&(kt.moveBefore(this.parent.node,r.node,this._sectionReference(t)),kt.moveBefore(this.parent.node,this._handles[t],r.node.nextSibling)),this.parent.fit()}detachWidget(e,t){let r=L.ArrayExt.removeAt(this._items,e),n=L.ArrayExt.removeAt(this._handles,e);L.ArrayExt.removeAt(this._sizers,e),this.parent.isAttached&&O.sendMessage(t,N.Msg.BeforeDetach),this.parent.node.removeChild(t.node),this.parent.node.removeChild(n),this.parent.isAttached&&O.sendMessage(t,N.Msg.AfterDetach),r.dispose(),this.parent.fit()}onBeforeShow(e){super.onBeforeShow(e),this.parent.update()}onBeforeAttach(e){super.onBeforeAttach(e),this.parent.fit()}onChildShown(e){this.parent.fit()}onChildHidden(e){this.parent.fit()}onResize(e){this.parent.isVisible&&this._update(e.width,e.height)}onUpdateRequest(e){this.parent.isVisible&&this._update(-1,-1)}onFitRequest(e){this.parent.isAttached&&this._fit()}updateItemPosition(e,t,r,n,s,o,a){let l=this._items[e];if(l.isHidden)return;let d=this._handles[e].style;t?(r+=this.widgetOffset,l.update(r,n,a,s),r+=a,d.top=`${n}px`,d.left=`${r}px`,d.width=`${this._spacing}px`,d.height=`${s}px`):(n+=this.widgetOffset,l.update(r,n,o,a),n+=a,d.top=`${n}px`,d.left=`${r}px`,d.width=`${o}px`,d.height=`${this._spacing}px`)}_fit(){let e=0,t=-1;for(let l=0,d=this._items.length;l<d;++l)this._items[l].isHidden?this._handles[l].classList.add("lm-mod-hidden"):(this._handles[l].classList.remove("lm-mod-hidden"),t=l,e++);t!==-1&&this._handles[t].classList.add("lm-mod-hidden"),this._fixed=this._spacing*Math.max(0,e-1)+this.widgetOffset*this._items.length;let r=this._orientation==="horizontal",n=r?this._fixed:0,s=r?0:this._fixed;for(let l=0,d=this._items.length;l<d;++l){let c=this._items[l],h=this._sizers[l];if(h.size>0&&(h.sizeHint=h.size),c.isHidden){h.minSize=0,h.maxSize=0;continue}c.fit(),h.stretch=i.getStretch(c.widget),r?(h.minSize=c.minWidth,h.maxSize=c.maxWidth,n+=c.minWidth,s=Math.max(s,c.minHeight)):(h.minSize=c.minHeight,h.maxSize=c.maxHeight,s+=c.minHeight,n=Math.max(n,c.minWidth))}let o=this._box=ee.boxSizing(this.parent.node);n+=o.horizontalSum,s+=o.verticalSum;let a=this.parent.node.style;a.minWidth=`${n}px`,a.minHeight=`${s}px`,this._dirty=!0,this.parent.parent&&O.sendMessage(this.parent.parent,N.Msg.FitRequest),this._dirty&&O.sendMessage(this.parent,N.Msg.UpdateRequest)}_update(e,t){this._dirty=!1;let r=0;for(let h=0,f=this._items.length;h<f;++h)r+=+!this._items[h].isHidden;if(r===0&&this.widgetOffset===0)return;e<0&&(e=this.parent.node.offsetWidth),t<0&&(t=this.parent.node.offsetHeight),this._box||(this._box=ee.boxSizing(this.parent.node));let n=this._box.paddingTop,s=this._box.paddingLeft,o=e-this._box.horizontalSum,a=t-this._box.verticalSum,l=0,d=0,c=this._orientation==="horizontal";if(r>0){let h;if(c?h=Math.max(0,o-this._fixed):h=Math.max(0,a-this._fixed),this._hasNormedSizes){for(let p of this._sizers)p.sizeHint*=h;this._hasNormedSizes=!1}let f=Ze.calc(this._sizers,h);if(f>0)switch(this._alignment){case"start":break;case"center":l=0,d=f/2;break;case"end":l=0,d=f;break;case"justify":l=f/r,d=0;break;default:throw"unreachable"}}for(let h=0,f=this._items.length;h<f;++h){let _=this._items[h].isHidden?0:this._sizers[h].size+l;this.updateItemPosition(h,c,c?s+d:s,c?n:n+d,a,o,_);let v=this.widgetOffset+(this._handles[h].classList.contains("lm-mod-hidden")?0:this._spacing);c?s+=_+v:n+=_+v}}_sectionReference(e){return e>0?this._handles[e-1].nextSibling:this.parent.node.firstChild}};(function(i){function e(r){return zt.stretchProperty.get(r)}i.getStretch=e;function t(r,n){zt.stretchProperty.set(r,n)}i.setStretch=t})(Bt||(Bt={}));var zt;(function(i){i.stretchProperty=new Oe({name:"stretch",create:()=>0,coerce:(o,a)=>Math.max(0,Math.floor(a)),changed:s});function e(o){let a=new vt;return a.sizeHint=Math.floor(o),a}i.createSizer=e;function t(o){let a=o.createHandle();return a.style.position="absolute",a.style.contain="style",a}i.createHandle=t;function r(o){return o.reduce((a,l)=>a+l.size,0)/o.length||0}i.averageSize=r;function n(o){let a=o.length;if(a===0)return[];let l=o.reduce((d,c)=>d+Math.abs(c),0);return l===0?o.map(d=>1/a):o.map(d=>d/l)}i.normalize=n;function s(o){o.parent&&o.parent.layout instanceof Bt&&o.parent.fit()}})(zt||(zt={}));var Ul=class extends Bt{constructor(e){super({...e,orientation:e.orientation||"vertical"}),this._titles=[],this.titleSpace=e.titleSpace||22}get titleSpace(){return this.widgetOffset}set titleSpace(e){e=Ae.clampDimension(e),this.widgetOffset!==e&&(this.widgetOffset=e,this.parent&&this.parent.fit())}get titles(){return this._titles}dispose(){this.isDisposed||(this._titles.length=0,super.dispose())}updateTitle(e,t){let r=this._titles[e],n=r.classList.contains("lm-mod-expanded"),s=Qs.createTitle(this.renderer,t.title,n);this._titles[e]=s,this.parent.node.replaceChild(s,r)}insertWidget(e,t){t.id||(t.id=`id-${Pt.UUID.uuid4()}`),super.insertWidget(e,t)}attachWidget(e,t){let r=Qs.createTitle(this.renderer,t.title,!t.isHidden);L.ArrayExt.insert(this._titles,e,r),this.parent.node.appendChild(r),t.node.setAttribute("role","region"),t.node.setAttribute("aria-labelledby",r.id),super.attachWidget(e,t),this.parent.node.insertBefore(r,t.node)}moveWidget(e,t,r){L.ArrayExt.move(this._titles,e,t),super.moveWidget(e,t,r),Ae.moveKeepsState(this.parent.node)&&Ae.moveBefore(this.parent.node,this._titles[t],r.node)}detachWidget(e,t){let r=L.ArrayExt.removeAt(this._titles,e);this.parent.node.removeChild(r),super.detachWidget(e,t)}updateItemPosition(e,t,r,n,s,o,a){let l=this._titles[e].style;l.top=`${n}px`,l.left=`${r}px`,l.height=`${this.widgetOffset}px`,t?l.width=`${s}px`:l.width=`${o}px`,super.updateItemPosition(e,t,r,n,s,o,a)}},Qs;(function(i){function e(t,r,n=!0){let s=t.createSectionTitle(r);return s.style.position="absolute",s.style.contain="strict",s.setAttribute("aria-label",`${r.label} Section`),s.setAttribute("aria-expanded",n?"true":"false"),s.setAttribute("aria-controls",r.owner.id),n&&s.classList.add("lm-mod-expanded"),s}i.createTitle=e})(Qs||(Qs={}));var mw=8;function Wm(i){return Math.max(i,mw)}function Um(i,e){let t=e;for(;t&&t.parentNode!==i;)t=t.parentElement;return t}var eo=class{constructor(){this._className="lm-mod-intersection",this._primary=null,this._secondary=null}set(e,t=null){this._primary===e&&this._secondary===t||(this._applyClass(this._primary,this._secondary,!1),this._primary=e,this._secondary=t,this._applyClass(this._primary,this._secondary,!0))}_applyClass(e,t,r){let n=r?"add":"remove";e&&e.classList[n](this._className),t&&t!==e&&t.classList[n](this._className)}},yr=class extends N{constructor(e={}){super(),this.addClass("lm-Panel"),this.layout=$l.createLayout(e)}get widgets(){return this.layout.widgets}addWidget(e){this.layout.addWidget(e)}insertWidget(e,t){this.layout.insertWidget(e,t)}},$l;(function(i){function e(t){return t.layout||new vr}i.createLayout=e})($l||($l={}));var Ci=class i extends yr{constructor(e={}){super({layout:Vl.createLayout(e)}),this._applyDrag=()=>{let t=this._pressData;if(!t)return;t.frameId=-1;let r=this.layout,n=r.orientation==="horizontal",{index:s,delta:o,innerIntersect:a,clientX:l,clientY:d}=t,c=this.node.getBoundingClientRect(),h=this.node.offsetWidth,f=this.node.offsetHeight,p=null;if(a){let y=a.panel,C=y.node.getBoundingClientRect(),E=n?d-C.top-a.delta:l-C.left-a.delta;y.layout.adjustHandle(a.index,E)&&(p={panel:y,width:y.node.offsetWidth,height:y.node.offsetHeight})}let _=n?l-c.left-o:d-c.top-o,v=r.adjustHandle(s,_);p&&O.sendMessage(p.panel,new N.ResizeMessage(p.width,p.height)),v&&O.sendMessage(this,new N.ResizeMessage(h,f))},this._applyHover=()=>{this._hoverFrameId=-1;let t=this._hoverTarget;this._hoverTarget=null,this._updateIntersectionHover(t,this._hoverClientX,this._hoverClientY)},this._handleMoved=new J(this),this._pressData=null,this._intersectionHoverStyler=new eo,this._hoverFrameId=-1,this._hoverTarget=null,this._hoverClientX=0,this._hoverClientY=0,this.addClass("lm-SplitPanel")}dispose(){this._releaseMouse(),super.dispose()}get orientation(){return this.layout.orientation}set orientation(e){this.layout.orientation=e}get alignment(){return this.layout.alignment}set alignment(e){this.layout.alignment=e}get spacing(){return this.layout.spacing}set spacing(e){this.layout.spacing=e}get renderer(){return this.layout.renderer}get handleMoved(){return this._handleMoved}get handles(){return this.layout.handles}relativeSizes(){return this.layout.relativeSizes()}setRelativeSizes(e,t=!0){this.layout.setRelativeSizes(e,t)}handleEvent(e){switch(e.type){case"pointerdown":this._evtPointerDown(e);break;case"pointermove":this._evtPointerMove(e);break;case"pointerleave":this._hoverFrameId!==-1&&(cancelAnimationFrame(this._hoverFrameId),this._hoverFrameId=-1),this._setIntersectionHoverHandle(null,null);break;case"pointerup":this._evtPointerUp(e);break;case"keydown":this._evtKeyDown(e);break;case"contextmenu":e.preventDefault(),e.stopPropagation();break}}onBeforeAttach(e){this.node.addEventListener("pointerdown",this),this.node.addEventListener("pointermove",this),this.node.addEventListener("pointerleave",this)}onAfterDetach(e){this.node.removeEventListener("pointerdown",this),this.node.removeEventListener("pointermove",this),this.node.removeEventListener("pointerleave",this),this._hoverFrameId!==-1&&(cancelAnimationFrame(this._hoverFrameId),this._hoverFrameId=-1),this._setIntersectionHoverHandle(null,null),this._releaseMouse()}onChildAdded(e){e.child.addClass("lm-SplitPanel-child"),this._releaseMouse()}onChildRemoved(e){e.child.removeClass("lm-SplitPanel-child"),this._releaseMouse()}_evtKeyDown(e){this._pressData&&(e.preventDefault(),e.stopPropagation()),e.keyCode===27&&this._releaseMouse()}_evtPointerDown(e){if(e.button!==0)return;let t=this.layout,r=L.ArrayExt.findFirstIndex(t.handles,f=>f.contains(e.target));if(r===-1)return;e.preventDefault(),e.stopPropagation(),this._hoverFrameId!==-1&&(cancelAnimationFrame(this._hoverFrameId),this._hoverFrameId=-1),document.addEventListener("pointerup",this,!0),document.addEventListener("pointermove",this,!0),document.addEventListener("keydown",this,!0),document.addEventListener("contextmenu",this,!0);let n=t.handles[r],s=n.getBoundingClientRect(),o=t.orientation==="horizontal"?e.clientX-s.left:e.clientY-s.top,a=t.orientation==="horizontal"?e.clientY:e.clientX,l=this._findInnerIntersect(r,a),d=window.getComputedStyle(n),c=l?"move":d.cursor,h=Ne.overrideCursor(c);this._pressData={index:r,delta:o,override:h,innerIntersect:l??void 0,clientX:e.clientX,clientY:e.clientY,frameId:-1}}_evtPointerMove(e){if(!this._pressData){this._hoverTarget=e.target,this._hoverClientX=e.clientX,this._hoverClientY=e.clientY,this._hoverFrameId===-1&&(this._hoverFrameId=requestAnimationFrame(this._applyHover));return}e.preventDefault(),e.stopPropagation(),this._pressData.clientX=e.clientX,this._pressData.clientY=e.clientY,this._pressData.frameId===-1&&(this._pressData.frameId=requestAnimationFrame(this._applyDrag))}_evtPointerUp(e){e.button===0&&(e.preventDefault(),e.stopPropagation(),this._pressData&&this._pressData.frameId!==-1&&(cancelAnimationFrame(this._pressData.frameId),this._applyDrag()),this._releaseMouse())}_releaseMouse(){var e;if(!this._pressData)return;this._pressData.frameId!==-1&&cancelAnimationFrame(this._pressData.frameId),this._pressData.override.dispose();let t=(e=this._pressData.innerIntersect)===null||e===void 0?void 0:e.panel;this._pressData=null,this.update(),this._handleMoved.emit(),t?._handleMoved.emit(),document.removeEventListener("keydown",this,!0),document.removeEventListener("pointerup",this,!0),document.removeEventListener("pointermove",this,!0),document.removeEventListener("contextmenu",this,!0)}_findInnerIntersect(e,t){let r=this.layout,n=Wm(r.spacing),s=null,o=1/0,a=this.widgets.find((l,d)=>d>e&&!l.isHidden);for(let l of[this.widgets[e],a]){if(!(l instanceof i)||l.orientation===r.orientation)continue;let d=l.layout;for(let c=0;c<d.handles.length;c++){let h=d.handles[c];if(h.classList.contains("lm-mod-hidden"))continue;let f=h.getBoundingClientRect(),p=r.orientation==="horizontal"?f.top:f.left,_=r.orientation==="horizontal"?f.bottom:f.right,v=Math.max(p-t,0,t-_);v<=n&&v<o&&(s={panel:l,index:c,delta:t-p},o=v)}}return s}_updateIntersectionHover(e,t,r){var n;let s=this.layout,o=Um(this.node,e),a=o?s.handles.indexOf(o):-1;if(a===-1){this._setIntersectionHoverHandle(null,null);return}let l=s.handles[a],d=s.orientation==="horizontal"?r:t,c=this._findInnerIntersect(a,d),h=c&&(n=c.panel.layout.handles[c.index])!==null&&n!==void 0?n:null;this._setIntersectionHoverHandle(c?l:null,h)}_setIntersectionHoverHandle(e,t=null){this._intersectionHoverStyler.set(e,t)}};(function(i){class e{createHandle(){let s=document.createElement("div");return s.className="lm-SplitPanel-handle",s}}i.Renderer=e,i.defaultRenderer=new e;function t(n){return Bt.getStretch(n)}i.getStretch=t;function r(n,s){Bt.setStretch(n,s)}i.setStretch=r})(Ci||(Ci={}));var Vl;(function(i){function e(t){return t.layout||new Bt({renderer:t.renderer||Ci.defaultRenderer,orientation:t.orientation,alignment:t.alignment,spacing:t.spacing})}i.createLayout=e})(Vl||(Vl={}));var bn=class extends Ci{constructor(e={}){super({...e,layout:Kl.createLayout(e)}),this._widgetSizesCache=new WeakMap,this._expansionToggled=new J(this),this.addClass("lm-AccordionPanel")}get renderer(){return this.layout.renderer}get titleSpace(){return this.layout.titleSpace}set titleSpace(e){this.layout.titleSpace=e}get titles(){return this.layout.titles}get expansionToggled(){return this._expansionToggled}addWidget(e){super.addWidget(e),e.title.changed.connect(this._onTitleChanged,this)}collapse(e){let t=this.layout.widgets[e];t&&!t.isHidden&&this._toggleExpansion(e)}expand(e){let t=this.layout.widgets[e];t&&t.isHidden&&this._toggleExpansion(e)}insertWidget(e,t){super.insertWidget(e,t),t.title.changed.connect(this._onTitleChanged,this)}handleEvent(e){switch(super.handleEvent(e),e.type){case"click":this._evtClick(e);break;case"keydown":this._eventKeyDown(e);break}}onBeforeAttach(e){this.node.addEventListener("click",this),this.node.addEventListener("keydown",this),super.onBeforeAttach(e)}onAfterDetach(e){super.onAfterDetach(e),this.node.removeEventListener("click",this),this.node.removeEventListener("keydown",this)}_onTitleChanged(e){let t=L.ArrayExt.findFirstIndex(this.widgets,r=>r.contains(e.owner));t>=0&&(this.layout.updateTitle(t,e.owner),this.update())}_computeWidgetSize(e){let t=this.layout,r=t.widgets[e];if(!r)return;let n=r.isHidden,s=t.absoluteSizes(),o=(n?-1:1)*this.spacing,a=s.reduce((d,c)=>d+c),l=[...s];if(n){let d=this._widgetSizesCache.get(r);if(!d)return;l[e]+=d;let c=l.map(h=>h-d>0).lastIndexOf(!0);c===-1?l.forEach((h,f)=>{f!==e&&(l[f]-=s[f]/a*(d-o))}):l[c]-=d-o}else{let d=s[e];this._widgetSizesCache.set(r,d),l[e]=0;let c=l.map(h=>h>0).lastIndexOf(!0);if(c===-1)return;l[c]=s[c]+d+o}return l.map(d=>d/(a+o))}_evtClick(e){let t=e.target;if(t){let r=L.ArrayExt.findFirstIndex(this.titles,n=>n.contains(t));r>=0&&(e.preventDefault(),e.stopPropagation(),this._toggleExpansion(r))}}_eventKeyDown(e){if(e.defaultPrevented)return;let t=e.target,r=!1;if(t){let n=L.ArrayExt.findFirstIndex(this.titles,s=>s.contains(t));if(n>=0){let s=e.keyCode.toString();if(e.key.match(/Space|Enter/)||s.match(/13|32/))t.click(),r=!0;else if(this.orientation==="horizontal"?e.key.match(/ArrowLeft|ArrowRight/)||s.match(/37|39/):e.key.match(/ArrowUp|ArrowDown/)||s.match(/38|40/)){let o=e.key.match(/ArrowLeft|ArrowUp/)||s.match(/37|38/)?-1:1,a=this.titles.length,l=(n+a+o)%a;this.titles[l].focus(),r=!0}else e.key==="End"||s==="35"?(this.titles[this.titles.length-1].focus(),r=!0):(e.key==="Home"||s==="36")&&(this.titles[0].focus(),r=!0)}r&&e.preventDefault()}}_toggleExpansion(e){let t=this.titles[e],r=this.layout.widgets[e],n=this._computeWidgetSize(e);n&&this.setRelativeSizes(n,!1),r.isHidden?(t.classList.add("lm-mod-expanded"),t.setAttribute("aria-expanded","true"),r.show()):(t.classList.remove("lm-mod-expanded"),t.setAttribute("aria-expanded","false"),r.hide()),this._expansionToggled.emit(e)}};(function(i){class e extends Ci.Renderer{constructor(){super(),this.titleClassName="lm-AccordionPanel-title",this._titleID=0,this._titleKeys=new WeakMap,this._uuid=++e._nInstance}createCollapseIcon(r){return document.createElement("span")}createSectionTitle(r){let n=document.createElement("h3");n.setAttribute("tabindex","0"),n.id=this.createTitleKey(r),n.className=this.titleClassName;for(let a in r.dataset)n.dataset[a]=r.dataset[a];let s=n.appendChild(this.createCollapseIcon(r));s.className="lm-AccordionPanel-titleCollapser";let o=n.appendChild(document.createElement("span"));return o.className="lm-AccordionPanel-titleLabel",o.textContent=r.label,o.title=r.caption||r.label,n}createTitleKey(r){let n=this._titleKeys.get(r);return n===void 0&&(n=`title-key-${this._uuid}-${this._titleID++}`,this._titleKeys.set(r,n)),n}}e._nInstance=0,i.Renderer=e,i.defaultRenderer=new e})(bn||(bn={}));var Kl;(function(i){function e(t){return t.layout||new Ul({renderer:t.renderer||bn.defaultRenderer,orientation:t.orientation,alignment:t.alignment,spacing:t.spacing,titleSpace:t.titleSpace})}i.createLayout=e})(Kl||(Kl={}));var bt=class i extends vr{constructor(e={}){super(),this._fixed=0,this._spacing=4,this._dirty=!1,this._sizers=[],this._items=[],this._box=null,this._alignment="start",this._direction="top-to-bottom",e.direction!==void 0&&(this._direction=e.direction),e.alignment!==void 0&&(this._alignment=e.alignment),e.spacing!==void 0&&(this._spacing=Ae.clampDimension(e.spacing))}dispose(){for(let e of this._items)e.dispose();this._box=null,this._items.length=0,this._sizers.length=0,super.dispose()}get direction(){return this._direction}set direction(e){this._direction!==e&&(this._direction=e,this.parent&&(this.parent.dataset.direction=e,this.parent.fit()))}get alignment(){return this._alignment}set alignment(e){this._alignment!==e&&(this._alignment=e,this.parent&&(this.parent.dataset.alignment=e,this.parent.update()))}get spacing(){return this._spacing}set spacing(e){e=Ae.clampDimension(e),this._spacing!==e&&(this._spacing=e,this.parent&&this.parent.fit())}init(){this.parent.dataset.direction=this.direction,this.parent.dataset.alignment=this.alignment,super.init()}attachWidget(e,t){L.ArrayExt.insert(this._items,e,new Ti(t)),L.ArrayExt.insert(this._sizers,e,new vt),this.parent.isAttached&&O.sendMessage(t,N.Msg.BeforeAttach);let r=this._items[e+1];this.parent.node.insertBefore(t.node,r?r.widget.node:null),this.parent.isAttached&&O.sendMessage(t,N.Msg.AfterAttach),this.parent.fit()}moveWidget(e,t,r){if(L.ArrayExt.move(this._items,e,t),L.ArrayExt.move(this._sizers,e,t),Ae.moveKeepsState(this.parent.node)){let n=this._items[t+1];Ae.moveBefore(this.parent.node,r.node,n?n.widget.node:null)}this.parent.update()}detachWidget(e,t){let r=L.ArrayExt.removeAt(this._items,e);L.ArrayExt.removeAt(this._sizers,e),this.parent.isAttached&&O.sendMessage(t,N.Msg.BeforeDetach),this.parent.node.removeChild(t.node),this.parent.isAttached&&O.sendMessage(t,N.Msg.AfterDetach),r.dispose(),this.parent.fit()}onBeforeShow(e){super.onBeforeShow(e),this.parent.update()}onBeforeAttach(e){super.onBeforeAttach(e),this.parent.fit()}onChildShown(e){this.parent.fit()}onChildHidden(e){this.parent.fit()}onResize(e){this.parent.isVisible&&this._update(e.width,e.height)}onUpdateRequest(e){this.parent.isVisible&&this._update(-1,-1)}onFitRequest(e){this.parent.isAttached&&this._fit()}_fit(){let e=0;for(let a=0,l=this._items.length;a<l;++a)e+=+!this._items[a].isHidden;this._fixed=this._spacing*Math.max(0,e-1);let t=xi.isHorizontal(this._direction),r=t?this._fixed:0,n=t?0:this._fixed;for(let a=0,l=this._items.length;a<l;++a){let d=this._items[a],c=this._sizers[a];if(d.isHidden){c.minSize=0,c.maxSize=0;continue}d.fit(),c.sizeHint=i.getSizeBasis(d.widget),c.stretch=i.getStretch(d.widget),t?(c.minSize=d.minWidth,c.maxSize=d.maxWidth,r+=d.minWidth,n=Math.max(n,d.minHeight)):(c.minSize=d.minHeight,c.maxSize=d.maxHeight,n+=d.minHeight,r=Math.max(r,d.minWidth))}let s=this._box=ee.boxSizing(this.parent.node);r+=s.horizontalSum,n+=s.verticalSum;let o=this.parent.node.style;o.minWidth=`${r}px`,o.minHeight=`${n}px`,this._dirty=!0,this.parent.parent&&O.sendMessage(this.parent.parent,N.Msg.FitRequest),this._dirty&&O.sendMessage(this.parent,N.Msg.UpdateRequest)}_update(e,t){this._dirty=!1;let r=0;for(let h=0,f=this._items.length;h<f;++h)r+=+!this._items[h].isHidden;if(r===0)return;e<0&&(e=this.parent.node.offsetWidth),t<0&&(t=this.parent.node.offsetHeight),this._box||(this._box=ee.boxSizing(this.parent.node));let n=this._box.paddingTop,s=this._box.paddingLeft,o=e-this._box.horizontalSum,a=t-this._box.verticalSum,l;switch(this._direction){case"left-to-right":l=Ze.calc(this._sizers,Math.max(0,o-this._fixed));break;case"top-to-bottom":l=Ze.calc(this._sizers,Math.max(0,a-this._fixed));break;case"right-to-left":l=Ze.calc(this._sizers,Math.max(0,o-this._fixed)),s+=o;break;case"bottom-to-top":l=Ze.calc(this._sizers,Math.max(0,a-this._fixed)),n+=a;break;default:throw"unreachable"}let d=0,c=0;if(l>0)switch(this._alignment){case"start":break;case"center":d=0,c=l/2;break;case"end":d=0,c=l;break;case"justify":d=l/r,c=0;break;default:throw"unreachable"}for(let h=0,f=this._items.length;h<f;++h){let p=this._items[h];if(p.isHidden)continue;let _=this._sizers[h].size;switch(this._direction){case"left-to-right":p.update(s+c,n,_+d,a),s+=_+d+this._spacing;break;case"top-to-bottom":p.update(s,n+c,o,_+d),n+=_+d+this._spacing;break;case"right-to-left":p.update(s-c-_-d,n,_+d,a),s-=_+d+this._spacing;break;case"bottom-to-top":p.update(s,n-c-_-d,o,_+d),n-=_+d+this._spacing;break;default:throw"unreachable"}}}};(function(i){function e(s){return xi.stretchProperty.get(s)}i.getStretch=e;function t(s,o){xi.stretchProperty.set(s,o)}i.setStretch=t;function r(s){return xi.sizeBasisProperty.get(s)}i.getSizeBasis=r;function n(s,o){xi.sizeBasisProperty.set(s,o)}i.setSizeBasis=n})(bt||(bt={}));var xi;(function(i){i.stretchProperty=new Oe({name:"stretch",create:()=>0,coerce:(n,s)=>Math.max(0,Math.floor(s)),changed:r}),i.sizeBasisProperty=new Oe({name:"sizeBasis",create:()=>0,coerce:(n,s)=>Math.max(0,Math.floor(s)),changed:r});function e(n){return n==="left-to-right"||n==="right-to-left"}i.isHorizontal=e;function t(n){return Math.max(0,Math.floor(n))}i.clampSpacing=t;function r(n){n.parent&&n.parent.layout instanceof bt&&n.parent.fit()}})(xi||(xi={}));var to=class extends yr{constructor(e={}){super({layout:Yl.createLayout(e)}),this.addClass("lm-BoxPanel")}get direction(){return this.layout.direction}set direction(e){this.layout.direction=e}get alignment(){return this.layout.alignment}set alignment(e){this.layout.alignment=e}get spacing(){return this.layout.spacing}set spacing(e){this.layout.spacing=e}onChildAdded(e){e.child.addClass("lm-BoxPanel-child")}onChildRemoved(e){e.child.removeClass("lm-BoxPanel-child")}};(function(i){function e(s){return bt.getStretch(s)}i.getStretch=e;function t(s,o){bt.setStretch(s,o)}i.setStretch=t;function r(s){return bt.getSizeBasis(s)}i.getSizeBasis=r;function n(s,o){bt.setSizeBasis(s,o)}i.setSizeBasis=n})(to||(to={}));var Yl;(function(i){function e(t){return t.layout||new bt(t)}i.createLayout=e})(Yl||(Yl={}));var io=class i extends N{constructor(e){super({node:Rt.createNode()}),this._activeIndex=-1,this._itemTriggered=new J(this),this._items=[],this._results=null,this.addClass("lm-CommandPalette"),this.setFlag(N.Flag.DisallowLayout),this.commands=e.commands,this.renderer=e.renderer||i.defaultRenderer,this.commands.commandChanged.connect(this._onGenericChange,this),this.commands.keyBindingChanged.connect(this._onGenericChange,this)}dispose(){this._items.length=0,this._results=null,super.dispose()}get itemTriggered(){return this._itemTriggered}get searchNode(){return this.node.getElementsByClassName("lm-CommandPalette-search")[0]}get inputNode(){return this.node.getElementsByClassName("lm-CommandPalette-input")[0]}get contentNode(){return this.node.getElementsByClassName("lm-CommandPalette-content")[0]}get items(){return this._items}addItem(e){let t=Rt.createItem(this.commands,e);return this._items.push(t),this.refresh(),t}addItems(e){let t=e.map(r=>Rt.createItem(this.commands,r));return t.forEach(r=>this._items.push(r)),this.refresh(),t}removeItem(e){this.removeItemAt(this._items.indexOf(e))}removeItemAt(e){L.ArrayExt.removeAt(this._items,e)&&this.refresh()}clearItems(){this._items.length!==0&&(this._items.length=0,this.refresh())}refresh(){if(this._results=null,this.inputNode.value!==""){let e=this.node.getElementsByClassName("lm-close-icon")[0];e.style.display="inherit"}else{let e=this.node.getElementsByClassName("lm-close-icon")[0];e.style.display="none"}this.update()}handleEvent(e){switch(e.type){case"click":this._evtClick(e);break;case"keydown":this._evtKeyDown(e);break;case"input":this.refresh();break;case"focus":case"blur":this._toggleFocused();break}}search(e){return i.search(this.items,e)}initialActiveIndex(e,t){return e?L.ArrayExt.findFirstIndex(t,Rt.canActivate):-1}onBeforeAttach(e){this.node.addEventListener("click",this),this.node.addEventListener("keydown",this),this.node.addEventListener("input",this),this.node.addEventListener("focus",this,!0),this.node.addEventListener("blur",this,!0)}onAfterDetach(e){this.node.removeEventListener("click",this),this.node.removeEventListener("keydown",this),this.node.removeEventListener("input",this),this.node.removeEventListener("focus",this,!0),this.node.removeEventListener("blur",this,!0)}onAfterShow(e){this.update(),super.onAfterShow(e)}onActivateRequest(e){if(this.isAttached){let t=this.inputNode;t.focus(),t.select()}}onUpdateRequest(e){if(!this.isVisible){_t.render(null,this.contentNode);return}let t=this.inputNode.value,r=this.contentNode,n=this._results;if(n||(n=this._results=this.search(t),this._activeIndex=this.initialActiveIndex(t,n)),!t&&n.length===0){_t.render(null,r);return}if(t&&n.length===0){let l=this.renderer.renderEmptyMessage({query:t});_t.render(l,r);return}let s=this.renderer,o=this._activeIndex,a=new Array(n.length);for(let l=0,d=n.length;l<d;++l){let c=n[l];if(c.type==="header"){let h=c.indices,f=c.category;a[l]=s.renderHeader({category:f,indices:h})}else{let h=c.item,f=c.indices,p=l===o;a[l]=s.renderItem({item:h,indices:f,active:p})}}if(_t.render(a,r),o<0||o>=n.length)r.scrollTop=0;else{let l=r.children[o];ee.scrollIntoViewIfNeeded(r,l)}}_evtClick(e){if(e.button!==0)return;if(e.target.classList.contains("lm-close-icon")){this.inputNode.value="",this.refresh();return}let t=L.ArrayExt.findFirstIndex(this.contentNode.children,r=>r.contains(e.target));t!==-1&&(e.preventDefault(),e.stopPropagation(),this._execute(t))}_evtKeyDown(e){if(!(e.altKey||e.ctrlKey||e.metaKey||e.shiftKey))switch(e.keyCode){case 13:e.preventDefault(),e.stopPropagation(),this._execute(this._activeIndex);break;case 38:e.preventDefault(),e.stopPropagation(),this._activatePreviousItem();break;case 40:e.preventDefault(),e.stopPropagation(),this._activateNextItem();break}}_activateNextItem(){if(!this._results||this._results.length===0)return;let e=this._activeIndex,t=this._results.length,r=e<t-1?e+1:0,n=r===0?t-1:r-1;this._activeIndex=L.ArrayExt.findFirstIndex(this._results,Rt.canActivate,r,n),this.update()}_activatePreviousItem(){if(!this._results||this._results.length===0)return;let e=this._activeIndex,t=this._results.length,r=e<=0?t-1:e-1,n=r===t-1?0:r+1;this._activeIndex=L.ArrayExt.findLastIndex(this._results,Rt.canActivate,r,n),this.update()}_execute(e){if(!this._results)return;let t=this._results[e];if(t){if(t.type==="header"){let r=this.inputNode;r.value=`${t.category.toLowerCase()} `,r.focus(),this.refresh();return}t.item.isEnabled&&(this._itemTriggered.emit(t.item),this.commands.execute(t.item.command,t.item.args),this.inputNode.value="",this.refresh())}}_toggleFocused(){let e=document.activeElement===this.inputNode;this.toggleClass("lm-mod-focused",e)}_onGenericChange(){this.refresh()}};(function(i){class e{renderHeader(n){let s=this.formatHeader(n);return te.li({className:"lm-CommandPalette-header"},s)}renderItem(n){let s=this.createItemClass(n),o=this.createItemDataset(n);return n.item.isToggleable?te.li({className:s,dataset:o,role:"menuitemcheckbox","aria-checked":`${n.item.isToggled}`},this.renderItemIcon(n),this.renderItemContent(n),this.renderItemShortcut(n)):te.li({className:s,dataset:o,role:"menuitem"},this.renderItemIcon(n),this.renderItemContent(n),this.renderItemShortcut(n))}renderEmptyMessage(n){let s=this.formatEmptyMessage(n);return te.li({className:"lm-CommandPalette-emptyMessage"},s)}renderItemIcon(n){let s=this.createIconClass(n);return te.div({className:s},n.item.icon,n.item.iconLabel)}renderItemContent(n){return te.div({className:"lm-CommandPalette-itemContent"},this.renderItemLabel(n),this.renderItemCaption(n))}renderItemLabel(n){let s=this.formatItemLabel(n);return te.div({className:"lm-CommandPalette-itemLabel"},s)}renderItemCaption(n){let s=this.formatItemCaption(n);return te.div({className:"lm-CommandPalette-itemCaption"},s)}renderItemShortcut(n){let s=this.formatItemShortcut(n);return te.div({className:"lm-CommandPalette-itemShortcut"},s)}createItemClass(n){let s="lm-CommandPalette-item";n.item.isEnabled||(s+=" lm-mod-disabled"),n.item.isToggled&&(s+=" lm-mod-toggled"),n.active&&(s+=" lm-mod-active");let o=n.item.className;return o&&(s+=` ${o}`),s}createItemDataset(n){return{...n.item.dataset,command:n.item.command}}createIconClass(n){let s="lm-CommandPalette-itemIcon",o=n.item.iconClass;return o?`${s} ${o}`:s}formatHeader(n){return!n.indices||n.indices.length===0?n.category:L.StringExt.highlight(n.category,n.indices,te.mark)}formatEmptyMessage(n){return`No commands found that match '${n.query}'`}formatItemShortcut(n){let s=n.item.keyBinding;return s?jt.formatKeystroke(s.keys):null}formatItemLabel(n){return!n.indices||n.indices.length===0?n.item.label:L.StringExt.highlight(n.item.label,n.indices,te.mark)}formatItemCaption(n){return n.item.caption}}i.Renderer=e,i.defaultRenderer=new e;function t(r,n){return Rt.search(r,n)}i.search=t})(io||(io={}));var Rt;(function(i){function e(){let f=document.createElement("div"),p=document.createElement("div"),_=document.createElement("div"),v=document.createElement("input"),y=document.createElement("ul"),C=document.createElement("button");return p.className="lm-CommandPalette-search",_.className="lm-CommandPalette-wrapper",v.className="lm-CommandPalette-input",C.className="lm-close-icon",y.className="lm-CommandPalette-content",y.setAttribute("role","menu"),v.spellcheck=!1,_.appendChild(v),_.appendChild(C),p.appendChild(_),f.appendChild(p),f.appendChild(y),f}i.createNode=e;function t(f,p){return new h(f,p)}i.createItem=t;function r(f,p){let _=a(f,p);return _.sort(d),c(_)}i.search=r;function n(f){return f.type==="item"&&f.item.isEnabled}i.canActivate=n;function s(f){return f.trim().replace(/\s+/g," ")}function o(f){return f.replace(/\s+/g,"").toLowerCase()}function a(f,p){p=o(p);let _=[];for(let v=0,y=f.length;v<y;++v){let C=f[v];if(!C.isVisible)continue;if(!p){_.push({matchType:3,categoryIndices:null,labelIndices:null,score:0,item:C});continue}let E=l(C,p);E&&(C.isEnabled||(E.score+=1e3),_.push(E))}return _}function l(f,p){let _=f.category.toLowerCase(),v=f.label.toLowerCase(),y=`${_} ${v}`,C=1/0,E=null,w=/\b\w/g;for(;;){let k=w.exec(y);if(!k)break;let H=L.StringExt.matchSumOfDeltas(y,p,k.index);if(!H)break;H.score<=C&&(C=H.score,E=H.indices)}if(!E||C===1/0)return null;let T=_.length+1,A=L.ArrayExt.lowerBound(E,T,(k,H)=>k-H),S=E.slice(0,A),R=E.slice(A);for(let k=0,H=R.length;k<H;++k)R[k]-=T;return S.length===0?{matchType:0,categoryIndices:null,labelIndices:R,score:C,item:f}:R.length===0?{matchType:1,categoryIndices:S,labelIndices:null,score:C,item:f}:{matchType:2,categoryIndices:S,labelIndices:R,score:C,item:f}}function d(f,p){let _=f.matchType-p.matchType;if(_!==0)return _;let v=f.score-p.score;if(v!==0)return v;let y=0,C=0;switch(f.matchType){case 0:y=f.labelIndices[0],C=p.labelIndices[0];break;case 1:case 2:y=f.categoryIndices[0],C=p.categoryIndices[0];break}if(y!==C)return y-C;let E=f.item.category.localeCompare(p.item.category);if(E!==0)return E;let w=f.item.rank,T=p.item.rank;return w!==T?w<T?-1:1:f.item.label.localeCompare(p.item.label)}function c(f){let p=[];for(let _=0,v=f.length;_<v;++_){let{item:y,categoryIndices:C,labelIndices:E}=f[_],w=y.category;(_===0||w!==f[_-1].item.category)&&p.push({type:"header",category:w,indices:C}),p.push({type:"item",item:y,indices:E})}return p}class h{constructor(p,_){this._commands=p,this.category=s(_.category),this.command=_.command,this.args=_.args||Pt.JSONExt.emptyObject,this.rank=_.rank!==void 0?_.rank:1/0}get label(){return this._commands.label(this.command,this.args)}get icon(){return this._commands.icon(this.command,this.args)}get iconClass(){return this._commands.iconClass(this.command,this.args)}get iconLabel(){return this._commands.iconLabel(this.command,this.args)}get caption(){return this._commands.caption(this.command,this.args)}get className(){return this._commands.className(this.command,this.args)}get dataset(){return this._commands.dataset(this.command,this.args)}get isEnabled(){return this._commands.isEnabled(this.command,this.args)}get isToggled(){return this._commands.isToggled(this.command,this.args)}get isToggleable(){return this._commands.isToggleable(this.command,this.args)}get isVisible(){return this._commands.isVisible(this.command,this.args)}get keyBinding(){let{command:p,args:_}=this;return L.ArrayExt.findLastValue(this._commands.keyBindings,v=>v.command===p&&Pt.JSONExt.deepEqual(v.args,_))||null}}})(Rt||(Rt={}));var Ei=class i extends N{constructor(e){super({node:He.createNode()}),this._childIndex=-1,this._activeIndex=-1,this._openTimerID=0,this._closeTimerID=0,this._pendingTouchActivation=!1,this._items=[],this._childMenu=null,this._parentMenu=null,this._aboutToClose=new J(this),this._menuRequested=new J(this),this.addClass("lm-Menu"),this.setFlag(N.Flag.DisallowLayout),this.commands=e.commands,this.renderer=e.renderer||i.defaultRenderer}dispose(){this.close(),this._items.length=0,super.dispose()}get aboutToClose(){return this._aboutToClose}get menuRequested(){return this._menuRequested}get parentMenu(){return this._parentMenu}get childMenu(){return this._childMenu}get rootMenu(){let e=this;for(;e._parentMenu;)e=e._parentMenu;return e}get leafMenu(){let e=this;for(;e._childMenu;)e=e._childMenu;return e}get contentNode(){return this.node.getElementsByClassName("lm-Menu-content")[0]}get activeItem(){return this._items[this._activeIndex]||null}set activeItem(e){this.activeIndex=e?this._items.indexOf(e):-1}get activeIndex(){return this._activeIndex}set activeIndex(e){(e<0||e>=this._items.length)&&(e=-1),e!==-1&&!He.canActivate(this._items[e])&&(e=-1),this._activeIndex!==e&&(this._activeIndex=e,this._activeIndex>=0&&this.contentNode.childNodes[this._activeIndex]&&this.contentNode.childNodes[this._activeIndex].focus(),this.update())}get items(){return this._items}activateNextItem(){let e=this._items.length,t=this._activeIndex,r=t<e-1?t+1:0,n=r===0?e-1:r-1;this.activeIndex=L.ArrayExt.findFirstIndex(this._items,He.canActivate,r,n)}activatePreviousItem(){let e=this._items.length,t=this._activeIndex,r=t<=0?e-1:t-1,n=r===e-1?0:r+1;this.activeIndex=L.ArrayExt.findLastIndex(this._items,He.canActivate,r,n)}triggerActiveItem(){if(!this.isAttached)return;let e=this.activeItem;if(!e)return;if(this._cancelOpenTimer(),this._cancelCloseTimer(),e.type==="submenu"){this._openChildMenu(!0);return}this.rootMenu.close();let{command:t,args:r}=e;this.commands.isEnabled(t,r)?this.commands.execute(t,r):console.log(`Command '${t}' is disabled.`)}addItem(e){return this.insertItem(this._items.length,e)}insertItem(e,t){this.isAttached&&this.close(),this.activeIndex=-1;let r=Math.max(0,Math.min(e,this._items.length)),n=He.createItem(this,t);return L.ArrayExt.insert(this._items,r,n),this.update(),n}removeItem(e){let t=this._items.indexOf(e);t!==-1&&this.removeItemAt(t)}removeItemAt(e){this.isAttached&&this.close(),this.activeIndex=-1,L.ArrayExt.removeAt(this._items,e)&&this.update()}clearItems(){this.isAttached&&this.close(),this.activeIndex=-1,this._items.length!==0&&(this._items.length=0,this.update())}open(e,t,r={}){var n,s,o,a;if(this.isAttached)return;let l=r.forceX||!1,d=r.forceY||!1,c=(n=r.host)!==null&&n!==void 0?n:null,h=(s=r.ref)!==null&&s!==void 0?s:null,f=(o=c?.ownerDocument)!==null&&o!==void 0?o:document,p=(a=r.horizontalAlignment)!==null&&a!==void 0?a:f.documentElement.dir==="rtl"?"right":"left";He.openRootMenu(this,e,t,l,d,p,c,h),this.activate()}handleEvent(e){switch(e.type){case"keydown":this._evtKeyDown(e);break;case"click":this._evtClick(e);break;case"pointerup":this._evtPointerUp(e);break;case"pointermove":this._evtPointerMove(e);break;case"pointerenter":this._evtPointerEnter(e);break;case"pointerleave":this._evtPointerLeave(e);break;case"pointerdown":this._evtPointerDown(e);break;case"contextmenu":e.preventDefault(),e.stopPropagation();break}}onBeforeAttach(e){this.node.addEventListener("keydown",this),this.node.addEventListener("click",this),this.node.addEventListener("pointerup",this),this.node.addEventListener("pointermove",this),this.node.addEventListener("pointerenter",this),this.node.addEventListener("pointerleave",this),this.node.addEventListener("contextmenu",this),this.node.ownerDocument.addEventListener("pointerdown",this,!0)}onAfterDetach(e){this.node.removeEventListener("keydown",this),this.node.removeEventListener("click",this),this.node.removeEventListener("pointerup",this),this.node.removeEventListener("pointermove",this),this.node.removeEventListener("pointerenter",this),this.node.removeEventListener("pointerleave",this),this.node.removeEventListener("contextmenu",this),this.node.ownerDocument.removeEventListener("pointerdown",this,!0),this._pendingTouchActivation=!1}onActivateRequest(e){this.isAttached&&this.node.focus()}onUpdateRequest(e){let t=this._items,r=this.renderer,n=this._activeIndex,s=He.computeCollapsed(t),o=new Array(t.length);for(let a=0,l=t.length;a<l;++a){let d=t[a],c=a===n,h=s[a];o[a]=r.renderItem({item:d,active:c,collapsed:h,onfocus:()=>{this.activeIndex=a}})}_t.render(o,this.contentNode)}onCloseRequest(e){this._cancelOpenTimer(),this._cancelCloseTimer(),this.activeIndex=-1,this._pendingTouchActivation=!1;let t=this._childMenu;t&&(this._childIndex=-1,this._childMenu=null,t._parentMenu=null,t.close());let r=this._parentMenu;r&&(this._parentMenu=null,r._childIndex=-1,r._childMenu=null,r.activate()),this.isAttached&&this._aboutToClose.emit(void 0),super.onCloseRequest(e)}_evtKeyDown(e){e.preventDefault(),e.stopPropagation();let t=e.keyCode;if(t===13){this.triggerActiveItem();return}if(t===27){this.close();return}if(t===37){this._parentMenu?this.close():this._menuRequested.emit("previous");return}if(t===38){this.activatePreviousItem();return}if(t===39){let o=this.activeItem;o&&o.type==="submenu"?this.triggerActiveItem():this.rootMenu._menuRequested.emit("next");return}if(t===40){this.activateNextItem();return}let r=pr().keyForKeydownEvent(e);if(!r)return;let n=this._activeIndex+1,s=He.findMnemonic(this._items,r,n);s.index!==-1&&!s.multiple?(this.activeIndex=s.index,this.triggerActiveItem()):s.index!==-1?this.activeIndex=s.index:s.auto!==-1&&(this.activeIndex=s.auto)}_evtPointerUp(e){if(e.button===0){if(Ae.isTouchEvent(e)){this._pendingTouchActivation=this._activateItemFromEvent(e),e.stopPropagation();return}e.preventDefault(),e.stopPropagation(),this._activateItemFromEvent(e),this.triggerActiveItem()}}_evtClick(e){this._pendingTouchActivation&&(this._pendingTouchActivation=!1,e.preventDefault(),e.stopPropagation(),this._activateItemFromEvent(e)&&this.triggerActiveItem())}_evtPointerMove(e){if(Ae.isTouchEvent(e))return;let t=L.ArrayExt.findFirstIndex(this.contentNode.children,n=>ee.hitTest(n,e.clientX,e.clientY));if(t===this._activeIndex)return;if(this.activeIndex=t,t=this.activeIndex,t===this._childIndex){this._cancelOpenTimer(),this._cancelCloseTimer();return}this._childIndex!==-1&&this._startCloseTimer(),this._cancelOpenTimer();let r=this.activeItem;!r||r.type!=="submenu"||!r.submenu||this._startOpenTimer()}_evtPointerEnter(e){if(!Ae.isTouchEvent(e))for(let t=this._parentMenu;t;t=t._parentMenu)t._cancelOpenTimer(),t._cancelCloseTimer(),t.activeIndex=t._childIndex}_evtPointerLeave(e){if(Ae.isTouchEvent(e))return;if(this._cancelOpenTimer(),!this._childMenu){this.activeIndex=-1;return}let{clientX:t,clientY:r}=e;if(ee.hitTest(this._childMenu.node,t,r)){this._cancelCloseTimer();return}this.activeIndex=-1,this._startCloseTimer()}_evtPointerDown(e){this._pendingTouchActivation=!1,!this._parentMenu&&(He.hitTestMenus(this,e.clientX,e.clientY)?(Ae.isTouchEvent(e)||e.preventDefault(),e.stopPropagation()):this.close())}_openChildMenu(e=!1){let t=this.activeItem;if(!t||t.type!=="submenu"||!t.submenu){this._closeChildMenu();return}let r=t.submenu;if(r===this._childMenu)return;i.saveWindowData(this.node.ownerDocument),this._closeChildMenu(),this._childMenu=r,this._childIndex=this._activeIndex,r._parentMenu=this,O.sendMessage(this,N.Msg.UpdateRequest);let n=this.contentNode.children[this._activeIndex];He.openSubmenu(r,n),e&&(r.activeIndex=-1,r.activateNextItem()),r.activate()}_activateItemFromEvent(e){let t=L.ArrayExt.findFirstIndex(this.contentNode.children,r=>ee.hitTest(r,e.clientX,e.clientY));return t===-1?!1:(this.activeIndex=t,!0)}_closeChildMenu(){this._childMenu&&this._childMenu.close()}_startOpenTimer(){this._openTimerID===0&&(this._openTimerID=window.setTimeout(()=>{this._openTimerID=0,this._openChildMenu()},He.TIMER_DELAY))}_startCloseTimer(){this._closeTimerID===0&&(this._closeTimerID=window.setTimeout(()=>{this._closeTimerID=0,this._closeChildMenu()},He.TIMER_DELAY))}_cancelOpenTimer(){this._openTimerID!==0&&(clearTimeout(this._openTimerID),this._openTimerID=0)}_cancelCloseTimer(){this._closeTimerID!==0&&(clearTimeout(this._closeTimerID),this._closeTimerID=0)}static saveWindowData(e=document){He.saveWindowData(e)}};(function(i){class e{renderItem(r){let n=this.createItemClass(r),s=this.createItemDataset(r),o=this.createItemARIA(r);return te.li({className:n,dataset:s,tabindex:"0",onfocus:r.onfocus,...o},this.renderIcon(r),this.renderLabel(r),this.renderShortcut(r),this.renderSubmenu(r))}renderIcon(r){let n=this.createIconClass(r);return te.div({className:n},r.item.icon,r.item.iconLabel)}renderLabel(r){let n=this.formatLabel(r);return te.div({className:"lm-Menu-itemLabel"},n)}renderShortcut(r){let n=this.formatShortcut(r);return te.div({className:"lm-Menu-itemShortcut"},n)}renderSubmenu(r){return te.div({className:"lm-Menu-itemSubmenuIcon"})}createItemClass(r){let n="lm-Menu-item";r.item.isEnabled||(n+=" lm-mod-disabled"),r.item.isToggled&&(n+=" lm-mod-toggled"),r.item.isVisible||(n+=" lm-mod-hidden"),r.active&&(n+=" lm-mod-active"),r.collapsed&&(n+=" lm-mod-collapsed");let s=r.item.className;return s&&(n+=` ${s}`),n}createItemDataset(r){let n,{type:s,command:o,dataset:a}=r.item;return s==="command"?n={...a,type:s,command:o}:n={...a,type:s},n}createIconClass(r){let n="lm-Menu-itemIcon",s=r.item.iconClass;return s?`${n} ${s}`:n}createItemARIA(r){let n={};switch(r.item.type){case"separator":n.role="presentation";break;case"submenu":n["aria-haspopup"]="true",r.item.isEnabled||(n["aria-disabled"]="true");break;default:r.item.isEnabled||(n["aria-disabled"]="true"),r.item.isToggleable||r.item.isToggled?(n.role="menuitemcheckbox",n["aria-checked"]=`${r.item.isToggled}`):n.role="menuitem"}return n}formatLabel(r){let{label:n,mnemonic:s}=r.item;if(s<0||s>=n.length)return n;let o=n.slice(0,s),a=n.slice(s+1),l=n[s],d=te.span({className:"lm-Menu-itemMnemonic"},l);return[o,d,a]}formatShortcut(r){let n=r.item.keyBinding;return n?jt.formatKeystroke(n.keys):null}}i.Renderer=e,i.defaultRenderer=new e})(Ei||(Ei={}));var He;(function(i){i.TIMER_DELAY=300,i.SUBMENU_OVERLAP=3;let e=null,t=null,r=0;function n(y){return r>0&&(r--,t===y)?e:h(y)}function s(y){e=h(y),t=y,r++}i.saveWindowData=s;function o(){let y=document.createElement("div"),C=document.createElement("ul");return C.className="lm-Menu-content",y.appendChild(C),C.setAttribute("role","menu"),y.tabIndex=0,y}i.createNode=o;function a(y){return y.type!=="separator"&&y.isEnabled&&y.isVisible}i.canActivate=a;function l(y,C){return new v(y.commands,C)}i.createItem=l;function d(y,C,E){for(let w=y;w;w=w.childMenu)if(ee.hitTest(w.node,C,E))return!0;return!1}i.hitTestMenus=d;function c(y){let C=new Array(y.length);L.ArrayExt.fill(C,!1);let E=0,w=y.length;for(;E<w;++E){let S=y[E];if(S.isVisible){if(S.type!=="separator")break;C[E]=!0}}let T=w-1;for(;T>=0;--T){let S=y[T];if(S.isVisible){if(S.type!=="separator")break;C[T]=!0}}let A=!1;for(;++E<T;){let S=y[E];S.isVisible&&(S.type!=="separator"?A=!1:A?C[E]=!0:A=!0)}return C}i.computeCollapsed=c;function h(y){var C;let E=(C=y.defaultView)!==null&&C!==void 0?C:window;return{pageXOffset:E.pageXOffset,pageYOffset:E.pageYOffset,clientWidth:y.documentElement.clientWidth,clientHeight:y.documentElement.clientHeight}}function f(y,C,E,w,T,A,S,R){var k;let H=n((k=S?.ownerDocument)!==null&&k!==void 0?k:document),I=H.pageXOffset,z=H.pageYOffset,P=H.clientWidth,F=H.clientHeight;O.sendMessage(y,N.Msg.UpdateRequest);let U=F-(T?E:0),Y=y.node,W=Y.style;W.opacity="0",W.maxHeight=`${U}px`,N.attach(y,S||document.body,R);let{width:V,height:ie}=Y.getBoundingClientRect();A==="right"&&(C-=V),!w&&C+V>I+P&&(C=I+P-V),!T&&E+ie>z+F&&(E>z+F?E=z+F-ie:E=E-ie),W.transform=`translate(${Math.max(0,C)}px, ${Math.max(0,E)}px`,W.opacity="1"}i.openRootMenu=f;function p(y,C){let E=C.ownerDocument,w=n(E),T=w.pageXOffset,A=w.pageYOffset,S=w.clientWidth,R=w.clientHeight;O.sendMessage(y,N.Msg.UpdateRequest);let k=R,H=y.node,I=H.style;I.opacity="0",I.maxHeight=`${k}px`,N.attach(y,E.body);let{width:z,height:P}=H.getBoundingClientRect(),F=ee.boxSizing(y.node),U=C.getBoundingClientRect(),Y=U.right-i.SUBMENU_OVERLAP;Y+z>T+S&&(Y=U.left+i.SUBMENU_OVERLAP-z);let W=U.top-F.borderTop-F.paddingTop;W+P>A+R&&(W=U.bottom+F.borderBottom+F.paddingBottom-P),I.transform=`translate(${Math.max(0,Y)}px, ${Math.max(0,W)}px`,I.opacity="1"}i.openSubmenu=p;function _(y,C,E){let w=-1,T=-1,A=!1,S=C.toUpperCase();for(let R=0,k=y.length;R<k;++R){let H=(R+E)%k,I=y[H];if(!a(I))continue;let z=I.label;if(z.length===0)continue;let P=I.mnemonic;if(P>=0&&P<z.length){z[P].toUpperCase()===S&&(w===-1?w=H:A=!0);continue}T===-1&&z[0].toUpperCase()===S&&(T=H)}return{index:w,multiple:A,auto:T}}i.findMnemonic=_;class v{constructor(C,E){this._commands=C,this.type=E.type||"command",this.command=E.command||"",this.args=E.args||Pt.JSONExt.emptyObject,this.submenu=E.submenu||null}get label(){return this.type==="command"?this._commands.label(this.command,this.args):this.type==="submenu"&&this.submenu?this.submenu.title.label:""}get mnemonic(){return this.type==="command"?this._commands.mnemonic(this.command,this.args):this.type==="submenu"&&this.submenu?this.submenu.title.mnemonic:-1}get icon(){if(this.type==="command")return this._commands.icon(this.command,this.args);if(this.type==="submenu"&&this.submenu)return this.submenu.title.icon}get iconClass(){return this.type==="command"?this._commands.iconClass(this.command,this.args):this.type==="submenu"&&this.submenu?this.submenu.title.iconClass:""}get iconLabel(){return this.type==="command"?this._commands.iconLabel(this.command,this.args):this.type==="submenu"&&this.submenu?this.submenu.title.iconLabel:""}get caption(){return this.type==="command"?this._commands.caption(this.command,this.args):this.type==="submenu"&&this.submenu?this.submenu.title.caption:""}get className(){return this.type==="command"?this._commands.className(this.command,this.args):this.type==="submenu"&&this.submenu?this.submenu.title.className:""}get dataset(){return this.type==="command"?this._commands.dataset(this.command,this.args):this.type==="submenu"&&this.submenu?this.submenu.title.dataset:{}}get isEnabled(){return this.type==="command"?this._commands.isEnabled(this.command,this.args):this.type==="submenu"?this.submenu!==null:!0}get isToggled(){return this.type==="command"?this._commands.isToggled(this.command,this.args):!1}get isToggleable(){return this.type==="command"?this._commands.isToggleable(this.command,this.args):!1}get isVisible(){return this.type==="command"?this._commands.isVisible(this.command,this.args):this.type==="submenu"?this.submenu!==null:!0}get keyBinding(){if(this.type==="command"){let{command:C,args:E}=this;return L.ArrayExt.findLastValue(this._commands.keyBindings,w=>w.command===C&&Pt.JSONExt.deepEqual(w.args,E))||null}return null}}})(He||(He={}));var Nm;(function(i){function e(o,a){let l=r(o.selector),d=o.rank!==void 0?o.rank:1/0;return{...o,selector:l,rank:d,id:a}}i.createItem=e;function t(o,a,l,d){let c=a.target;if(!c)return null;let h=a.currentTarget;if(!h||!h.contains(c)&&(c=document.elementFromPoint(a.clientX,a.clientY),!c||!h.contains(c)))return null;let f=[],p=o.slice();for(;c!==null;){let _=[];for(let v=0,y=p.length;v<y;++v){let C=p[v];C&&dt.matches(c,C.selector)&&(_.push(C),p[v]=null)}if(_.length!==0&&(l&&_.sort(d?s:n),f.push(..._)),c===h)break;c=c.parentElement}return l||f.sort(d?s:n),f}i.matchItems=t;function r(o){if(o.indexOf(",")!==-1)throw new Error(`Selector cannot contain commas: ${o}`);if(!dt.isValid(o))throw new Error(`Invalid selector: ${o}`);return o}function n(o,a){let l=o.rank,d=a.rank;return l!==d?l<d?-1:1:o.id-a.id}function s(o,a){let l=dt.calculateSpecificity(o.selector),d=dt.calculateSpecificity(a.selector);return l!==d?d-l:n(o,a)}})(Nm||(Nm={}));var pw=["ArrowLeft","ArrowUp","ArrowRight","ArrowDown","Home","End"],wr=class i extends N{constructor(e={}){super({node:rt.createNode()}),this._currentIndex=-1,this._titles=[],this._titlesEditable=!1,this._previousTitle=null,this._dragData=null,this._tabSizeFrozen=!1,this._frozenTabWidths=null,this._unfreezeRunID=0,this._unfreezeFallbackTimerID=0,this._unfreezeTransitionListener=null,this._pendingTouchCloseRequest=null,this._addButtonEnabled=!1,this._tabMoved=new J(this),this._currentChanged=new J(this),this._addRequested=new J(this),this._tabCloseRequested=new J(this),this._tabDetachRequested=new J(this),this._tabActivateRequested=new J(this),this.addClass("lm-TabBar"),this.contentNode.setAttribute("role","tablist"),this.setFlag(N.Flag.DisallowLayout),this._document=e.document||document,this.tabsMovable=e.tabsMovable||!1,this.titlesEditable=e.titlesEditable||!1,this.allowDeselect=e.allowDeselect||!1,this.addButtonEnabled=e.addButtonEnabled||!1,this.insertBehavior=e.insertBehavior||"select-tab-if-needed",this.name=e.name||"",this.orientation=e.orientation||"horizontal",this.removeBehavior=e.removeBehavior||"select-tab-after",this.renderer=e.renderer||i.defaultRenderer}dispose(){this._releaseMouse(),this._titles.length=0,this._previousTitle=null,super.dispose()}get currentChanged(){return this._currentChanged}get tabMoved(){return this._tabMoved}get tabActivateRequested(){return this._tabActivateRequested}get addRequested(){return this._addRequested}get tabCloseRequested(){return this._tabCloseRequested}get tabDetachRequested(){return this._tabDetachRequested}get document(){return this._document}get titlesEditable(){return this._titlesEditable}set titlesEditable(e){this._titlesEditable=e}get currentTitle(){return this._titles[this._currentIndex]||null}set currentTitle(e){this.currentIndex=e?this._titles.indexOf(e):-1}get currentIndex(){return this._currentIndex}set currentIndex(e){if((e<0||e>=this._titles.length)&&(e=-1),this._currentIndex===e)return;let t=this._currentIndex,r=this._titles[t]||null,n=e,s=this._titles[n]||null;this._currentIndex=n,this._previousTitle=r,this.update(),this._currentChanged.emit({previousIndex:t,previousTitle:r,currentIndex:n,currentTitle:s})}get name(){return this._name}set name(e){this._name=e,e?this.contentNode.setAttribute("aria-label",e):this.contentNode.removeAttribute("aria-label")}get orientation(){return this._orientation}set orientation(e){this._orientation!==e&&(this._releaseMouse(),this._orientation=e,this.dataset.orientation=e,this.contentNode.setAttribute("aria-orientation",e))}get addButtonEnabled(){return this._addButtonEnabled}set addButtonEnabled(e){this._addButtonEnabled!==e&&(this._addButtonEnabled=e,e?this.addButtonNode.classList.remove("lm-mod-hidden"):this.addButtonNode.classList.add("lm-mod-hidden"),this._updateTabIndex())}get titles(){return this._titles}get contentNode(){return this.node.getElementsByClassName("lm-TabBar-content")[0]}get addButtonNode(){return this.node.getElementsByClassName("lm-TabBar-addButton")[0]}addTab(e){return this.insertTab(this._titles.length,e)}insertTab(e,t){this._releaseMouse();let r=rt.asTitle(t),n=this._titles.indexOf(r),s=Math.max(0,Math.min(e,this._titles.length));return n===-1?(L.ArrayExt.insert(this._titles,s,r),r.changed.connect(this._onTitleChanged,this),this.update(),this._adjustCurrentForInsert(s,r),r):(s===this._titles.length&&s--,n===s||(L.ArrayExt.move(this._titles,n,s),this.update(),this._adjustCurrentForMove(n,s)),r)}removeTab(e){this.removeTabAt(this._titles.indexOf(e))}removeTabAt(e){let t=e>=0&&e<this._titles.length;if(this._tabSizeFrozen)if(t){let n=this.contentNode.children;this._frozenTabWidths=[];for(let s=0,o=n.length;s<o;++s)s!==e&&this._frozenTabWidths.push(n[s].offsetWidth)}else this._frozenTabWidths=null;this._releaseMouse();let r=L.ArrayExt.removeAt(this._titles,e);r&&(r.changed.disconnect(this._onTitleChanged,this),r===this._previousTitle&&(this._previousTitle=null),this.update(),this._adjustCurrentForRemove(e,r))}clearTabs(){if(this._titles.length===0)return;this._releaseMouse();for(let r of this._titles)r.changed.disconnect(this._onTitleChanged,this);let e=this.currentIndex,t=this.currentTitle;this._currentIndex=-1,this._previousTitle=null,this._titles.length=0,this.update(),e!==-1&&this._currentChanged.emit({previousIndex:e,previousTitle:t,currentIndex:-1,currentTitle:null})}releaseMouse(){this._releaseMouse()}handleEvent(e){switch(e.type){case"pointerdown":this._evtPointerDown(e);break;case"pointermove":this._evtPointerMove(e);break;case"pointerup":this._evtPointerUp(e);break;case"pointerleave":this._evtPointerLeave(e);break;case"click":this._evtClick(e);break;case"dblclick":this._evtDblClick(e);break;case"focusin":this._updateTabIndex(e.target);break;case"focusout":this._updateTabIndex(e.relatedTarget);break;case"keydown":e.eventPhase===Event.CAPTURING_PHASE?this._evtKeyDownCapturing(e):this._evtKeyDown(e);break;case"contextmenu":e.preventDefault(),e.stopPropagation();break}}onBeforeAttach(e){this.node.addEventListener("pointerdown",this),this.node.addEventListener("pointerleave",this),this.node.addEventListener("click",this),this.node.addEventListener("dblclick",this),this.node.addEventListener("focusin",this),this.node.addEventListener("focusout",this),this.node.addEventListener("keydown",this)}onAfterDetach(e){this.node.removeEventListener("pointerdown",this),this.node.removeEventListener("pointerleave",this),this.node.removeEventListener("click",this),this.node.removeEventListener("dblclick",this),this.node.removeEventListener("focusin",this),this.node.removeEventListener("focusout",this),this.node.removeEventListener("keydown",this),this._clearUnfreezeTransitionState(),this._clearTabSizeFreezeState(),this._pendingTouchCloseRequest=null,this._releaseMouse()}onUpdateRequest(e){let t=this._titles,r=this.renderer,n=this.currentTitle,s=new Array(t.length),o=Math.max(0,this._currentIndex);for(let a=0,l=t.length;a<l;++a){let d=t[a],c=d===n,h=c?l:l-a-1,f=o===a?0:-1;s[a]=r.renderTab({title:d,current:c,zIndex:h,tabIndex:f})}if(_t.render(s,this.contentNode),this._updateTabIndex(),this._tabSizeFrozen){let a=this.contentNode.children;if(this._frozenTabWidths&&this._frozenTabWidths.length===a.length){for(let l=0,d=a.length;l<d;++l)this._setFrozenTabSize(a[l],this._frozenTabWidths[l]);this._frozenTabWidths=null}else{this._frozenTabWidths=null;for(let l=0,d=a.length;l<d;++l){let c=a[l];this._setFrozenTabSize(c,c.offsetWidth)}}}}_updateTabIndex(e=this._document.activeElement){let t=this.contentNode.children,r=e instanceof Node?e:null,n=this._addButtonEnabled&&this.addButtonNode.contains(r),s=L.ArrayExt.findFirstIndex(t,a=>a.contains(r)),o=n?-1:s>=0?s:Math.max(0,this._currentIndex);for(let a=0;a<t.length;++a)t[a].setAttribute("tabindex",a===o?"0":"-1");this.addButtonNode.setAttribute("tabindex",this._addButtonEnabled&&(n||t.length===0)?"0":"-1")}_evtDblClick(e){if(!this.titlesEditable)return;let t=this.contentNode.children,r=L.ArrayExt.findFirstIndex(t,o=>ee.hitTest(o,e.clientX,e.clientY));if(r===-1)return;let n=this.titles[r],s=t[r].querySelector(".lm-TabBar-tabLabel");if(s&&s.contains(e.target)){let o=n.label||"",a=s.innerHTML;s.innerHTML="";let l=document.createElement("input");l.classList.add("lm-TabBar-tabInput"),l.value=o,s.appendChild(l);let d=()=>{l.removeEventListener("blur",d),s.innerHTML=a,this.node.addEventListener("keydown",this)};l.addEventListener("dblclick",c=>c.stopPropagation()),l.addEventListener("blur",d),l.addEventListener("keydown",c=>{c.key==="Enter"?(l.value!==""&&(n.label=n.caption=l.value),d()):c.key==="Escape"&&d()}),this.node.removeEventListener("keydown",this),l.select(),l.focus(),s.children.length>0&&s.children[0].focus()}}_evtKeyDownCapturing(e){e.eventPhase===Event.CAPTURING_PHASE&&(e.preventDefault(),e.stopPropagation(),e.key==="Escape"&&this._releaseMouse())}_evtKeyDown(e){var t,r,n;if(!(e.key==="Tab"||e.eventPhase===Event.CAPTURING_PHASE)){if(e.key==="Enter"||e.key==="Spacebar"||e.key===" "){let s=document.activeElement;if(this.addButtonEnabled&&this.addButtonNode.contains(s))e.preventDefault(),e.stopPropagation(),this._addRequested.emit();else{let o=L.ArrayExt.findFirstIndex(this.contentNode.children,a=>a.contains(s));o>=0&&(e.preventDefault(),e.stopPropagation(),this.currentIndex=o)}}else if(pw.includes(e.key)){let s=[...this.contentNode.children];if(this.addButtonEnabled&&s.push(this.addButtonNode),s.length<=1)return;e.preventDefault(),e.stopPropagation();let o=s.indexOf(document.activeElement);o===-1&&(o=this._currentIndex);let a;e.key==="ArrowRight"&&this._orientation==="horizontal"||e.key==="ArrowDown"&&this._orientation==="vertical"?a=(t=s[o+1])!==null&&t!==void 0?t:s[0]:e.key==="ArrowLeft"&&this._orientation==="horizontal"||e.key==="ArrowUp"&&this._orientation==="vertical"?a=(r=s[o-1])!==null&&r!==void 0?r:s[s.length-1]:e.key==="Home"?a=s[0]:e.key==="End"&&(a=s[s.length-1]),a&&((n=s[o])===null||n===void 0||n.setAttribute("tabindex","-1"),a?.setAttribute("tabindex","0"),a.focus())}}}_evtPointerDown(e){if(this._pendingTouchCloseRequest=null,e.button!==0&&e.button!==1||this._dragData||e.target.classList.contains("lm-TabBar-tabInput"))return;let t=this.addButtonEnabled&&this.addButtonNode.contains(e.target),r=this.contentNode.children,n=L.ArrayExt.findFirstIndex(r,a=>ee.hitTest(a,e.clientX,e.clientY));if(n===-1&&!t)return;let s=n!==-1?r[n].querySelector(this.renderer.closeIconSelector):null,o=!!s&&s.contains(e.target);(!o||!Ae.isTouchEvent(e))&&e.preventDefault(),e.stopPropagation(),this._dragData={tab:r[n],index:n,pressX:e.clientX,pressY:e.clientY,tabPos:-1,tabSize:-1,tabPressPos:-1,targetIndex:-1,tabLayout:null,contentRect:null,override:null,dragActive:!1,dragAborted:!1,detachRequested:!1},this.document.addEventListener("pointerup",this,!0),!(e.button===1||t)&&(o||(this.tabsMovable&&(this.document.addEventListener("pointermove",this,!0),this.document.addEventListener("keydown",this,!0),this.document.addEventListener("contextmenu",this,!0)),this.allowDeselect&&this.currentIndex===n?this.currentIndex=-1:this.currentIndex=n,this.currentIndex!==-1&&this._tabActivateRequested.emit({index:this.currentIndex,title:this.currentTitle})))}_evtPointerMove(e){let t=this._dragData;if(!t)return;e.preventDefault(),e.stopPropagation();let r=this.contentNode.children;if(!(!t.dragActive&&!rt.dragExceeded(t,e))){if(!t.dragActive){let n=t.tab.getBoundingClientRect();this._orientation==="horizontal"?(t.tabPos=t.tab.offsetLeft,t.tabSize=n.width,t.tabPressPos=t.pressX-n.left):(t.tabPos=t.tab.offsetTop,t.tabSize=n.height,t.tabPressPos=t.pressY-n.top),t.tabPressOffset={x:t.pressX-n.left,y:t.pressY-n.top},t.tabLayout=rt.snapTabLayout(r,this._orientation),t.contentRect=this.contentNode.getBoundingClientRect(),t.override=Ne.overrideCursor("default"),t.tab.classList.add("lm-mod-dragging"),this.addClass("lm-mod-dragging"),t.dragActive=!0}if(!t.detachRequested&&rt.detachExceeded(t,e)){t.detachRequested=!0;let n=t.index,s=e.clientX,o=e.clientY,a=r[n],l=this._titles[n];if(this._tabDetachRequested.emit({index:n,title:l,tab:a,clientX:s,clientY:o,offset:t.tabPressOffset}),t.dragAborted)return}rt.layoutTabs(r,t,e,this._orientation)}}_evtPointerUp(e){if(e.button!==0&&e.button!==1)return;let t=this._dragData;if(!t)return;let r=Ae.isTouchEvent(e);if(r||e.preventDefault(),e.stopPropagation(),this.document.removeEventListener("pointermove",this,!0),this.document.removeEventListener("pointerup",this,!0),this.document.removeEventListener("keydown",this,!0),this.document.removeEventListener("contextmenu",this,!0),!t.dragActive){if(this._dragData=null,this.addButtonEnabled&&this.addButtonNode.contains(e.target)){this._addRequested.emit(void 0);return}let o=this.contentNode.children,a=L.ArrayExt.findFirstIndex(o,c=>ee.hitTest(c,e.clientX,e.clientY));if(a!==t.index)return;let l=this._titles[a];if(!l.closable)return;if(e.button===1){this._tabCloseRequested.emit({index:a,title:l});return}let d=o[a].querySelector(this.renderer.closeIconSelector);if(d&&d.contains(e.target)){if(this._tabSizeFrozen=!0,r){this._pendingTouchCloseRequest={index:a,title:l};return}this._tabCloseRequested.emit({index:a,title:l});return}return}if(e.button!==0)return;rt.finalizeTabPosition(t,this._orientation),t.tab.classList.remove("lm-mod-dragging");let n=rt.parseTransitionDuration(t.tab);setTimeout(()=>{if(t.dragAborted)return;this._dragData=null,rt.resetTabPositions(this.contentNode.children,this._orientation),t.override.dispose(),this.removeClass("lm-mod-dragging");let s=t.index,o=t.targetIndex;o===-1||s===o||(L.ArrayExt.move(this._titles,s,o),this._adjustCurrentForMove(s,o),this._tabMoved.emit({fromIndex:s,toIndex:o,title:this._titles[o]}),O.sendMessage(this,N.Msg.UpdateRequest))},n)}_releaseMouse(){let e=this._dragData;e&&(this._dragData=null,this.document.removeEventListener("pointermove",this,!0),this.document.removeEventListener("pointerup",this,!0),this.document.removeEventListener("keydown",this,!0),this.document.removeEventListener("contextmenu",this,!0),e.dragAborted=!0,e.dragActive&&(rt.resetTabPositions(this.contentNode.children,this._orientation),e.override.dispose(),e.tab.classList.remove("lm-mod-dragging"),this.removeClass("lm-mod-dragging")))}_adjustCurrentForInsert(e,t){let r=this.currentTitle,n=this._currentIndex,s=this.insertBehavior;if(s==="select-tab"||s==="select-tab-if-needed"&&n===-1){this._currentIndex=e,this._previousTitle=r,this._currentChanged.emit({previousIndex:n,previousTitle:r,currentIndex:e,currentTitle:t});return}n>=e&&this._currentIndex++}_evtClick(e){let t=this._pendingTouchCloseRequest;if(!t)return;this._pendingTouchCloseRequest=null,e.preventDefault(),e.stopPropagation();let r=this.contentNode.children[t.index],n=r?.querySelector(this.renderer.closeIconSelector);if(this._titles[t.index]!==t.title||!n||!n.contains(e.target)){this._clearTabSizeFreezeState();return}this._tabCloseRequested.emit(t)}_adjustCurrentForMove(e,t){this._currentIndex===e?this._currentIndex=t:this._currentIndex<e&&this._currentIndex>=t?this._currentIndex++:this._currentIndex>e&&this._currentIndex<=t&&this._currentIndex--}_adjustCurrentForRemove(e,t){let r=this._currentIndex,n=this.removeBehavior;if(r!==e){r>e&&this._currentIndex--;return}if(this._titles.length===0){this._currentIndex=-1,this._currentChanged.emit({previousIndex:e,previousTitle:t,currentIndex:-1,currentTitle:null});return}if(n==="select-tab-after"){this._currentIndex=Math.min(e,this._titles.length-1),this._currentChanged.emit({previousIndex:e,previousTitle:t,currentIndex:this._currentIndex,currentTitle:this.currentTitle});return}if(n==="select-tab-before"){this._currentIndex=Math.max(0,e-1),this._currentChanged.emit({previousIndex:e,previousTitle:t,currentIndex:this._currentIndex,currentTitle:this.currentTitle});return}if(n==="select-previous-tab"){this._previousTitle?(this._currentIndex=this._titles.indexOf(this._previousTitle),this._previousTitle=null):this._currentIndex=Math.min(e,this._titles.length-1),this._currentChanged.emit({previousIndex:e,previousTitle:t,currentIndex:this._currentIndex,currentTitle:this.currentTitle});return}this._currentIndex=-1,this._currentChanged.emit({previousIndex:e,previousTitle:t,currentIndex:-1,currentTitle:null})}_onTitleChanged(e){this.update()}_evtPointerLeave(e){if(!this._tabSizeFrozen)return;this._tabSizeFrozen=!1,this._frozenTabWidths=null,this._unfreezeRunID++;let t=this._unfreezeRunID;this._clearUnfreezeTransitionState(),this.addClass("lm-mod-unfreezing");let r=this.contentNode.children;for(let n=0,s=r.length;n<s;++n){let o=r[n];o.style.width="",o.style.flexBasis=""}if(r.length===0)this.removeClass("lm-mod-unfreezing");else{let n=s=>{let o=s.propertyName;(o==="width"||o==="flex-basis")&&this._finalizeUnfreezeRun(t)};this._unfreezeTransitionListener=n,this.node.addEventListener("transitionend",n),this.node.addEventListener("transitioncancel",n),this._unfreezeFallbackTimerID=window.setTimeout(()=>{this._finalizeUnfreezeRun(t)},2e3)}this.update()}_setFrozenTabSize(e,t){let r=`${t}px`;e.style.width=r,e.style.flexBasis=r}_finalizeUnfreezeRun(e){e===this._unfreezeRunID&&(this._clearUnfreezeTransitionState(),this.removeClass("lm-mod-unfreezing"))}_clearUnfreezeTransitionState(){this._unfreezeTransitionListener&&(this.node.removeEventListener("transitionend",this._unfreezeTransitionListener),this.node.removeEventListener("transitioncancel",this._unfreezeTransitionListener),this._unfreezeTransitionListener=null),this._unfreezeFallbackTimerID!==0&&(clearTimeout(this._unfreezeFallbackTimerID),this._unfreezeFallbackTimerID=0)}_clearTabSizeFreezeState(){this._tabSizeFrozen=!1,this._frozenTabWidths=null,this.removeClass("lm-mod-unfreezing");let e=this.contentNode.children;for(let t=0,r=e.length;t<r;++t){let n=e[t];n.style.width="",n.style.flexBasis=""}}};(function(i){class e{constructor(){this.closeIconSelector=".lm-TabBar-tabCloseIcon",this._tabID=0,this._tabKeys=new WeakMap,this._uuid=++e._nInstance}renderTab(r){let n=r.title.caption,s=this.createTabKey(r),o=s,a=this.createTabStyle(r),l=this.createTabClass(r),d=this.createTabDataset(r),c=this.createTabARIA(r);return r.title.closable?te.li({id:o,key:s,className:l,title:n,style:a,dataset:d,...c},this.renderIcon(r),this.renderLabel(r),this.renderCloseIcon(r)):te.li({id:o,key:s,className:l,title:n,style:a,dataset:d,...c},this.renderIcon(r),this.renderLabel(r))}renderIcon(r){let{title:n}=r,s=this.createIconClass(r);return te.div({className:s},n.icon,n.iconLabel)}renderLabel(r){return te.div({className:"lm-TabBar-tabLabel"},r.title.label)}renderCloseIcon(r){return te.div({className:"lm-TabBar-tabCloseIcon"})}createTabKey(r){let n=this._tabKeys.get(r.title);return n===void 0&&(n=`tab-key-${this._uuid}-${this._tabID++}`,this._tabKeys.set(r.title,n)),n}createTabStyle(r){return{zIndex:`${r.zIndex}`}}createTabClass(r){let n="lm-TabBar-tab";return r.title.className&&(n+=` ${r.title.className}`),r.title.closable&&(n+=" lm-mod-closable"),r.current&&(n+=" lm-mod-current"),n}createTabDataset(r){return r.title.dataset}createTabARIA(r){var n;return{role:"tab","aria-selected":r.current.toString(),tabindex:`${(n=r.tabIndex)!==null&&n!==void 0?n:"-1"}`}}createIconClass(r){let n="lm-TabBar-tabIcon",s=r.title.iconClass;return s?`${n} ${s}`:n}}e._nInstance=0,i.Renderer=e,i.defaultRenderer=new e,i.addButtonSelector=".lm-TabBar-addButton"})(wr||(wr={}));var rt;(function(i){i.DRAG_THRESHOLD=5,i.DETACH_THRESHOLD=20;function e(){let c=document.createElement("div"),h=document.createElement("ul");h.setAttribute("role","tablist"),h.className="lm-TabBar-content",c.appendChild(h);let f=document.createElement("div");return f.className="lm-TabBar-addButton lm-mod-hidden",f.setAttribute("tabindex","-1"),f.setAttribute("role","button"),c.appendChild(f),c}i.createNode=e;function t(c){return c instanceof _n?c:new _n(c)}i.asTitle=t;function r(c){let h=window.getComputedStyle(c);return 1e3*(parseFloat(h.transitionDuration)||0)}i.parseTransitionDuration=r;function n(c,h){let f=new Array(c.length);for(let p=0,_=c.length;p<_;++p){let v=c[p],y=window.getComputedStyle(v);h==="horizontal"?f[p]={pos:v.offsetLeft,size:v.offsetWidth,margin:parseFloat(y.marginLeft)||0}:f[p]={pos:v.offsetTop,size:v.offsetHeight,margin:parseFloat(y.marginTop)||0}}return f}i.snapTabLayout=n;function s(c,h){let f=Math.abs(h.clientX-c.pressX),p=Math.abs(h.clientY-c.pressY);return f>=i.DRAG_THRESHOLD||p>=i.DRAG_THRESHOLD}i.dragExceeded=s;function o(c,h){let f=c.contentRect;return h.clientX<f.left-i.DETACH_THRESHOLD||h.clientX>=f.right+i.DETACH_THRESHOLD||h.clientY<f.top-i.DETACH_THRESHOLD||h.clientY>=f.bottom+i.DETACH_THRESHOLD}i.detachExceeded=o;function a(c,h,f,p){let _,v,y,C;p==="horizontal"?(_=h.pressX,v=f.clientX-h.contentRect.left,y=f.clientX,C=h.contentRect.width):(_=h.pressY,v=f.clientY-h.contentRect.top,y=f.clientY,C=h.contentRect.height);let E=h.index,w=v-h.tabPressPos,T=w+h.tabSize;for(let A=0,S=c.length;A<S;++A){let R,k=h.tabLayout[A],H=k.pos+(k.size>>1);if(A<h.index&&w<H)R=`${h.tabSize+h.tabLayout[A+1].margin}px`,E=Math.min(E,A);else if(A>h.index&&T>H)R=`${-h.tabSize-k.margin}px`,E=Math.max(E,A);else if(A===h.index){let I=y-_,z=C-(h.tabPos+h.tabSize);R=`${Math.max(-h.tabPos,Math.min(I,z))}px`}else R="";p==="horizontal"?c[A].style.left=R:c[A].style.top=R}h.targetIndex=E}i.layoutTabs=a;function l(c,h){let f;h==="horizontal"?f=c.contentRect.width:f=c.contentRect.height;let p;if(c.targetIndex===c.index)p=0;else if(c.targetIndex>c.index){let y=c.tabLayout[c.targetIndex];p=y.pos+y.size-c.tabSize-c.tabPos}else p=c.tabLayout[c.targetIndex].pos-c.tabPos;let _=f-(c.tabPos+c.tabSize),v=Math.max(-c.tabPos,Math.min(p,_));h==="horizontal"?c.tab.style.left=`${v}px`:c.tab.style.top=`${v}px`}i.finalizeTabPosition=l;function d(c,h){for(let f of c)h==="horizontal"?f.style.left="":f.style.top=""}i.resetTabPositions=d})(rt||(rt={}));var Gl=class extends Lt{constructor(e){super(),this._spacing=4,this._dirty=!1,this._root=null,this._box=null,this._items=new Map,this.renderer=e.renderer,e.spacing!==void 0&&(this._spacing=Ae.clampDimension(e.spacing)),this._document=e.document||document,this._hiddenMode=e.hiddenMode!==void 0?e.hiddenMode:N.HiddenMode.Display}dispose(){let e=Array.from(this);this._items.forEach(t=>{t.dispose()}),this._box=null,this._root=null,this._items.clear();for(let t of e)t.dispose();super.dispose()}get hiddenMode(){return this._hiddenMode}set hiddenMode(e){if(this._hiddenMode!==e){this._hiddenMode=e;for(let t of this.tabBars())this._applyHiddenMode(t)}}get spacing(){return this._spacing}set spacing(e){e=Ae.clampDimension(e),this._spacing!==e&&(this._spacing=e,this.parent&&this.parent.fit())}get isEmpty(){return this._root===null}[Symbol.iterator](){return this._root?this._root.iterAllWidgets():(0,L.empty)()}widgets(){return this._root?this._root.iterUserWidgets():(0,L.empty)()}selectedWidgets(){return this._root?this._root.iterSelectedWidgets():(0,L.empty)()}tabBars(){return this._root?this._root.iterTabBars():(0,L.empty)()}handles(){return this._root?this._root.iterHandles():(0,L.empty)()}moveHandle(e,t,r){let n=e.classList.contains("lm-mod-hidden");if(!this._root||n)return;let s=this._root.findSplitNode(e);if(!s)return;let o;s.node.orientation==="horizontal"?o=t-e.offsetLeft:o=r-e.offsetTop,o!==0&&(s.node.holdSizes(),Ze.adjust(s.node.sizers,s.index,o),this.parent&&this.parent.update())}saveLayout(){return this._root?(this._root.holdAllSizes(),{main:this._root.createConfig()}):{main:null}}restoreLayout(e){let t=new Set,r;e.main?r=be.normalizeAreaConfig(e.main,t):r=null;let n=this.widgets(),s=this.tabBars(),o=this.handles();this._root=null;for(let a of n)t.has(a)||(a.parent=null);for(let a of s)a.dispose();for(let a of o)a.parentNode&&a.parentNode.removeChild(a);for(let a of t)a.parent=this.parent;r?this._root=be.realizeAreaConfig(r,{createTabBar:a=>this._createTabBar(),createHandle:()=>this._createHandle()},this._document):this._root=null;for(let a of this.tabBars())this._applyHiddenMode(a);this.parent&&(t.forEach(a=>{this.attachWidget(a)}),this.parent.fit())}addWidget(e,t={}){let r=t.ref||null,n=t.mode||"tab-after",s=null;if(this._root&&r&&(s=this._root.findTabNode(r)),r&&!s)throw new Error("Reference widget is not in the layout.");switch(e.parent=this.parent,n){case"tab-after":this._insertTab(e,r,s,!0);break;case"tab-before":this._insertTab(e,r,s,!1);break;case"split-top":this._insertSplit(e,r,s,"vertical",!1);break;case"split-left":this._insertSplit(e,r,s,"horizontal",!1);break;case"split-right":this._insertSplit(e,r,s,"horizontal",!0);break;case"split-bottom":this._insertSplit(e,r,s,"vertical",!0);break;case"merge-top":this._insertSplit(e,r,s,"vertical",!1,!0);break;case"merge-left":this._insertSplit(e,r,s,"horizontal",!1,!0);break;case"merge-right":this._insertSplit(e,r,s,"horizontal",!0,!0);break;case"merge-bottom":this._insertSplit(e,r,s,"vertical",!0,!0);break}this.parent&&(this.attachWidget(e),this.parent.fit())}removeWidget(e){this._removeWidget(e),this.parent&&(this.detachWidget(e),this.parent.fit())}hitTestTabAreas(e,t){if(!this._root||!this.parent||!this.parent.isVisible)return null;this._box||(this._box=ee.boxSizing(this.parent.node));let r=this.parent.node.getBoundingClientRect(),n=e-r.left-this._box.borderLeft,s=t-r.top-this._box.borderTop,o=this._root.hitTestTabNodes(n,s);if(!o)return null;let{tabBar:a,top:l,left:d,width:c,height:h}=o,f=this._box.borderLeft+this._box.borderRight,p=this._box.borderTop+this._box.borderBottom,_=r.width-f-(d+c),v=r.height-p-(l+h);return{tabBar:a,x:n,y:s,top:l,left:d,right:_,bottom:v,width:c,height:h}}init(){super.init();for(let e of this)this.attachWidget(e);for(let e of this.handles())this.parent.node.appendChild(e);this.parent.fit()}attachWidget(e){this.parent.node!==e.node.parentNode&&(this._items.set(e,new Ti(e)),this.parent.isAttached&&O.sendMessage(e,N.Msg.BeforeAttach),this.parent.node.appendChild(e.node),this.parent.isAttached&&O.sendMessage(e,N.Msg.AfterAttach))}detachWidget(e){if(this.parent.node!==e.node.parentNode)return;this.parent.isAttached&&O.sendMessage(e,N.Msg.BeforeDetach),this.parent.node.removeChild(e.node),this.parent.isAttached&&O.sendMessage(e,N.Msg.AfterDetach);let t=this._items.get(e);t&&(this._items.delete(e),t.dispose())}onBeforeShow(e){super.onBeforeShow(e),this.parent.update()}onBeforeAttach(e){super.onBeforeAttach(e),this.parent.fit()}onChildShown(e){this.parent.fit()}onChildHidden(e){this.parent.fit()}onResize(e){this.parent.isVisible&&this._update(e.width,e.height)}onUpdateRequest(e){this.parent.isVisible&&this._update(-1,-1)}onFitRequest(e){this.parent.isAttached&&this._fit()}_removeWidget(e){if(!this._root)return;let t=this._root.findTabNode(e);if(!t)return;if(be.removeAria(e),t.tabBar.titles.length>1){if(t.tabBar.removeTab(e.title),this._hiddenMode===N.HiddenMode.Scale&&t.tabBar.titles.length==1){let f=t.tabBar.titles[0].owner;f.hiddenMode=N.HiddenMode.Display}return}if(t.tabBar.dispose(),this._root===t){this._root=null;return}this._root.holdAllSizes();let r=t.parent;t.parent=null;let n=L.ArrayExt.removeFirstOf(r.children,t),s=L.ArrayExt.removeAt(r.handles,n);if(L.ArrayExt.removeAt(r.sizers,n),s.parentNode&&s.parentNode.removeChild(s),r.children.length>1){r.syncHandles();return}let o=r.parent;r.parent=null;let a=r.children[0],l=r.handles[0];if(r.children.length=0,r.handles.length=0,r.sizers.length=0,l.parentNode&&l.parentNode.removeChild(l),this._root===r){a.parent=null,this._root=a;return}let d=o,c=d.children.indexOf(r);if(a instanceof be.TabLayoutNode){a.parent=d,d.children[c]=a;return}let h=L.ArrayExt.removeAt(d.handles,c);L.ArrayExt.removeAt(d.children,c),L.ArrayExt.removeAt(d.sizers,c),h.parentNode&&h.parentNode.removeChild(h);for(let f=0,p=a.children.length;f<p;++f){let _=a.children[f],v=a.handles[f],y=a.sizers[f];L.ArrayExt.insert(d.children,c+f,_),L.ArrayExt.insert(d.handles,c+f,v),L.ArrayExt.insert(d.sizers,c+f,y),_.parent=d}a.children.length=0,a.handles.length=0,a.sizers.length=0,a.parent=null,d.syncHandles()}_createTabNode(e){let t=new be.TabLayoutNode(this._createTabBar());return t.tabBar.addTab(e.title),be.addAria(e,t.tabBar),this._applyHiddenMode(t.tabBar),t}_applyHiddenMode(e){let t=this._hiddenMode===N.HiddenMode.Scale&&e.titles.length===1?N.HiddenMode.Display:this._hiddenMode;for(let r of e.titles)r.owner.hiddenMode=t}_insertTab(e,t,r,n){if(e===t)return;if(!this._root){this._root=this._createTabNode(e);return}r||(r=this._root.findFirstTabNode()),r.tabBar.titles.indexOf(e.title)===-1&&(this._removeWidget(e),e.hide());let s;if(t?s=r.tabBar.titles.indexOf(t.title):s=r.tabBar.currentIndex,this._hiddenMode===N.HiddenMode.Scale)if(r.tabBar.titles.length===0)e.hiddenMode=N.HiddenMode.Display;else if(r.tabBar.titles.length==1){let o=r.tabBar.titles[0].owner;o.hiddenMode=N.HiddenMode.Scale,e.hiddenMode=N.HiddenMode.Scale}else e.hiddenMode=N.HiddenMode.Scale;else e.hiddenMode=this._hiddenMode;r.tabBar.insertTab(s+(n?1:0),e.title),be.addAria(e,r.tabBar)}_insertSplit(e,t,r,n,s,o=!1){if(e===t&&r&&r.tabBar.titles.length===1)return;if(this._removeWidget(e),!this._root){this._root=this._createTabNode(e);return}if(!r||!r.parent){let f=this._splitRoot(n),p=s?f.children.length:0;f.normalizeSizes();let _=be.createSizer(r?1:be.GOLDEN_RATIO),v=this._createTabNode(e);L.ArrayExt.insert(f.children,p,v),L.ArrayExt.insert(f.sizers,p,_),L.ArrayExt.insert(f.handles,p,this._createHandle()),v.parent=f,f.normalizeSizes(),f.syncHandles();return}let a=r.parent;if(a.orientation===n){let f=a.children.indexOf(r);if(o){let y=f+(s?1:-1),C=a.children[y];if(C instanceof be.TabLayoutNode){this._insertTab(e,null,C,!0),++C.tabBar.currentIndex;return}}a.normalizeSizes();let p=a.sizers[f].sizeHint/=2,_=f+(s?1:0),v=this._createTabNode(e);L.ArrayExt.insert(a.children,_,v),L.ArrayExt.insert(a.sizers,_,be.createSizer(p)),L.ArrayExt.insert(a.handles,_,this._createHandle()),v.parent=a,a.syncHandles();return}let l=L.ArrayExt.removeFirstOf(a.children,r),d=new be.SplitLayoutNode(n);d.normalized=!0,d.children.push(r),d.sizers.push(be.createSizer(.5)),d.handles.push(this._createHandle()),r.parent=d;let c=s?1:0,h=this._createTabNode(e);L.ArrayExt.insert(d.children,c,h),L.ArrayExt.insert(d.sizers,c,be.createSizer(.5)),L.ArrayExt.insert(d.handles,c,this._createHandle()),h.parent=d,d.syncHandles(),L.ArrayExt.insert(a.children,l,d),d.parent=a}_splitRoot(e){let t=this._root;if(t instanceof be.SplitLayoutNode&&t.orientation===e)return t;let r=this._root=new be.SplitLayoutNode(e);return t&&(r.children.push(t),r.sizers.push(be.createSizer(0)),r.handles.push(this._createHandle()),t.parent=r),r}_fit(){let e=0,t=0;if(this._root){let s=this._root.fit(this._spacing,this._items);e=s.minWidth,t=s.minHeight}let r=this._box=ee.boxSizing(this.parent.node);e+=r.horizontalSum,t+=r.verticalSum;let n=this.parent.node.style;n.minWidth=`${e}px`,n.minHeight=`${t}px`,this._dirty=!0,this.parent.parent&&O.sendMessage(this.parent.parent,N.Msg.FitRequest),this._dirty&&O.sendMessage(this.parent,N.Msg.UpdateRequest)}_update(e,t){if(this._dirty=!1,!this._root)return;e<0&&(e=this.parent.node.offsetWidth),t<0&&(t=this.parent.node.offsetHeight),this._box||(this._box=ee.boxSizing(this.parent.node));let r=this._box.paddingTop,n=this._box.paddingLeft,s=e-this._box.horizontalSum,o=t-this._box.verticalSum;this._root.update(r,n,s,o,this._spacing,this._items)}_createTabBar(){let e=this.renderer.createTabBar(this._document);return e.orientation="horizontal",this.parent&&this.attachWidget(e),e}_createHandle(){let e=this.renderer.createHandle(),t=e.style;return t.position="absolute",t.contain="size layout style",t.top="0",t.left="0",t.width="0",t.height="0",this.parent&&this.parent.node.appendChild(e),e}},be;(function(i){i.GOLDEN_RATIO=.618;function e(f){let p=new vt;return p.sizeHint=f,p.size=f,p}i.createSizer=e;function t(f,p){let _;return f.type==="tab-area"?_=l(f,p):_=d(f,p),_}i.normalizeAreaConfig=t;function r(f,p,_){let v;return f.type==="tab-area"?v=c(f,p,_):v=h(f,p,_),v}i.realizeAreaConfig=r;class n{constructor(p){this.parent=null,this._top=0,this._left=0,this._width=0,this._height=0;let _=new vt,v=new vt;_.stretch=0,v.stretch=1,this.tabBar=p,this.sizers=[_,v]}get top(){return this._top}get left(){return this._left}get width(){return this._width}get height(){return this._height}*iterAllWidgets(){yield this.tabBar,yield*this.iterUserWidgets()}*iterUserWidgets(){for(let p of this.tabBar.titles)yield p.owner}*iterSelectedWidgets(){let p=this.tabBar.currentTitle;p&&(yield p.owner)}*iterTabBars(){yield this.tabBar}*iterHandles(){}findTabNode(p){return this.tabBar.titles.indexOf(p.title)!==-1?this:null}findSplitNode(p){return null}findFirstTabNode(){return this}hitTestTabNodes(p,_){return p<this._left||p>=this._left+this._width||_<this._top||_>=this._top+this._height?null:this}createConfig(){let p=this.tabBar.titles.map(v=>v.owner),_=this.tabBar.currentIndex;return{type:"tab-area",widgets:p,currentIndex:_}}holdAllSizes(){}fit(p,_){let v=0,y=0,C=1/0,E=1/0,w=_.get(this.tabBar),T=this.tabBar.currentTitle,A=T?_.get(T.owner):void 0,[S,R]=this.sizers;return w&&w.fit(),A&&A.fit(),w&&!w.isHidden?(v=Math.max(v,w.minWidth),y+=w.minHeight,S.minSize=w.minHeight,S.maxSize=w.maxHeight):(S.minSize=0,S.maxSize=0),A&&!A.isHidden?(v=Math.max(v,A.minWidth),y+=A.minHeight,R.minSize=A.minHeight,R.maxSize=1/0):(R.minSize=0,R.maxSize=1/0),{minWidth:v,minHeight:y,maxWidth:C,maxHeight:E}}update(p,_,v,y,C,E){this._top=_,this._left=p,this._width=v,this._height=y;let w=E.get(this.tabBar),T=this.tabBar.currentTitle,A=T?E.get(T.owner):void 0;if(Ze.calc(this.sizers,y),w&&!w.isHidden){let S=this.sizers[0].size;w.update(p,_,v,S),_+=S}if(A&&!A.isHidden){let S=this.sizers[1].size;A.update(p,_,v,S)}}}i.TabLayoutNode=n;class s{constructor(p){this.parent=null,this.normalized=!1,this.children=[],this.sizers=[],this.handles=[],this.orientation=p}*iterAllWidgets(){for(let p of this.children)yield*p.iterAllWidgets()}*iterUserWidgets(){for(let p of this.children)yield*p.iterUserWidgets()}*iterSelectedWidgets(){for(let p of this.children)yield*p.iterSelectedWidgets()}*iterTabBars(){for(let p of this.children)yield*p.iterTabBars()}*iterHandles(){yield*this.handles;for(let p of this.children)yield*p.iterHandles()}findTabNode(p){for(let _=0,v=this.children.length;_<v;++_){let y=this.children[_].findTabNode(p);if(y)return y}return null}findSplitNode(p){let _=this.handles.indexOf(p);if(_!==-1)return{index:_,node:this};for(let v=0,y=this.children.length;v<y;++v){let C=this.children[v].findSplitNode(p);if(C)return C}return null}findFirstTabNode(){return this.children.length===0?null:this.children[0].findFirstTabNode()}hitTestTabNodes(p,_){for(let v=0,y=this.children.length;v<y;++v){let C=this.children[v].hitTestTabNodes(p,_);if(C)return C}return null}createConfig(){let p=this.orientation,_=this.createNormalizedSizes(),v=this.children.map(y=>y.createConfig());return{type:"split-area",orientation:p,children:v,sizes:_}}syncHandles(){this.handles.forEach((p,_)=>{p.setAttribute("data-orientation",this.orientation),_===this.handles.length-1?p.classList.add("lm-mod-hidden"):p.classList.remove("lm-mod-hidden")})}holdSizes(){for(let p of this.sizers)p.sizeHint=p.size}holdAllSizes(){for(let p of this.children)p.holdAllSizes();this.holdSizes()}normalizeSizes(){let p=this.sizers.length;if(p===0)return;this.holdSizes();let _=this.sizers.reduce((v,y)=>v+y.sizeHint,0);if(_===0)for(let v of this.sizers)v.size=v.sizeHint=1/p;else for(let v of this.sizers)v.size=v.sizeHint/=_;this.normalized=!0}createNormalizedSizes(){let p=this.sizers.length;if(p===0)return[];let _=this.sizers.map(y=>y.size),v=_.reduce((y,C)=>y+C,0);if(v===0)for(let y=_.length-1;y>-1;y--)_[y]=1/p;else for(let y=_.length-1;y>-1;y--)_[y]/=v;return _}fit(p,_){let v=this.orientation==="horizontal",y=Math.max(0,this.children.length-1)*p,C=v?y:0,E=v?0:y,w=1/0,T=1/0;for(let A=0,S=this.children.length;A<S;++A){let R=this.children[A].fit(p,_);v?(E=Math.max(E,R.minHeight),C+=R.minWidth,this.sizers[A].minSize=R.minWidth):(C=Math.max(C,R.minWidth),E+=R.minHeight,this.sizers[A].minSize=R.minHeight)}return{minWidth:C,minHeight:E,maxWidth:w,maxHeight:T}}update(p,_,v,y,C,E){let w=this.orientation==="horizontal",T=Math.max(0,this.children.length-1)*C,A=Math.max(0,(w?v:y)-T);if(this.normalized){for(let S of this.sizers)S.sizeHint*=A;this.normalized=!1}Ze.calc(this.sizers,A);for(let S=0,R=this.children.length;S<R;++S){let k=this.children[S],H=this.sizers[S].size,I=this.handles[S].style;w?(k.update(p,_,H,y,C,E),p+=H,I.top=`${_}px`,I.left=`${p}px`,I.width=`${C}px`,I.height=`${y}px`,p+=C):(k.update(p,_,v,H,C,E),_+=H,I.top=`${_}px`,I.left=`${p}px`,I.width=`${v}px`,I.height=`${C}px`,_+=C)}}}i.SplitLayoutNode=s;function o(f,p){f.node.setAttribute("role","tabpanel");let _=p.renderer;if(_ instanceof wr.Renderer){let v=_.createTabKey({title:f.title,current:!1,zIndex:0});f.node.setAttribute("aria-labelledby",v)}}i.addAria=o;function a(f){f.node.removeAttribute("role"),f.node.removeAttribute("aria-labelledby")}i.removeAria=a;function l(f,p){if(f.widgets.length===0)return null;let _=[];for(let y of f.widgets)p.has(y)||(p.add(y),_.push(y));if(_.length===0)return null;let v=f.currentIndex;return v!==-1&&(v<0||v>=_.length)&&(v=0),{type:"tab-area",widgets:_,currentIndex:v}}function d(f,p){let _=f.orientation,v=[],y=[];for(let C=0,E=f.children.length;C<E;++C){let w=t(f.children[C],p);w&&(w.type==="tab-area"||w.orientation!==_?(v.push(w),y.push(Math.abs(f.sizes[C]||0))):(v.push(...w.children),y.push(...w.sizes)))}return v.length===0?null:v.length===1?v[0]:{type:"split-area",orientation:_,children:v,sizes:y}}function c(f,p,_){let v=p.createTabBar(_);for(let y of f.widgets)y.hide(),v.addTab(y.title),i.addAria(y,v);return v.currentIndex=f.currentIndex,new n(v)}function h(f,p,_){let v=new s(f.orientation);return f.children.forEach((y,C)=>{let E=r(y,p,_),w=e(f.sizes[C]),T=p.createHandle();v.children.push(E),v.handles.push(T),v.sizers.push(w),E.parent=v}),v.syncHandles(),v.normalizeSizes(),v}})(be||(be={}));var ro=class i extends N{constructor(e={}){super(),this._evtDragLeaveCapture=()=>{this.overlay.hide(1)},this._evtDropCapture=()=>{this.overlay.hide(0)},this._applyDrag=()=>{let r=this._pressData;if(!r)return;r.frameId=-1;let{handle:n,deltaX:s,deltaY:o,intersect:a,clientX:l,clientY:d}=r,c=this.node.getBoundingClientRect(),h=l-c.left-s,f=d-c.top-o,p=this.layout;if(p.moveHandle(n,h,f),a){let _=l-c.left-a.deltaX,v=d-c.top-a.deltaY;p.moveHandle(a.handle,_,v)}},this._applyHover=()=>{this._hoverFrameId=-1;let r=this._hitTestHandle(this._hoverTarget);this._hoverTarget=null;let n=r?this._findIntersectingHandle(r,this._hoverClientX,this._hoverClientY):null;this._setIntersectionHoverHandle(n?r:null,n)},this._drag=null,this._tabsMovable=!0,this._tabsConstrained=!1,this._addButtonEnabled=!1,this._pressData=null,this._intersectionHoverStyler=new eo,this._hoverChild=null,this._hoverHandle=null,this._hoverFrameId=-1,this._hoverTarget=null,this._hoverClientX=0,this._hoverClientY=0,this._layoutModified=new J(this),this._addRequested=new J(this),this.addClass("lm-DockPanel"),this._document=e.document||document,this._mode=e.mode||"multiple-document",this._renderer=e.renderer||i.defaultRenderer,this._edges=e.edges||ce.DEFAULT_EDGES,e.tabsMovable!==void 0&&(this._tabsMovable=e.tabsMovable),e.tabsConstrained!==void 0&&(this._tabsConstrained=e.tabsConstrained),e.addButtonEnabled!==void 0&&(this._addButtonEnabled=e.addButtonEnabled),this.dataset.mode=this._mode;let t={createTabBar:()=>this._createTabBar(),createHandle:()=>this._createHandle()};this.layout=new Gl({document:this._document,renderer:t,spacing:e.spacing,hiddenMode:e.hiddenMode}),this.overlay=e.overlay||new i.Overlay,this.node.appendChild(this.overlay.node)}dispose(){this._releaseMouse(),this.overlay.hide(0),this._drag&&this._drag.dispose(),super.dispose()}get hiddenMode(){return this.layout.hiddenMode}set hiddenMode(e){this.layout.hiddenMode=e}get layoutModified(){return this._layoutModified}get addRequested(){return this._addRequested}get renderer(){return this.layout.renderer}get spacing(){return this.layout.spacing}set spacing(e){this.layout.spacing=e}get mode(){return this._mode}set mode(e){if(this._mode===e)return;this._mode=e,this.dataset.mode=e;let t=this.layout;switch(e){case"multiple-document":for(let r of t.tabBars())r.show();break;case"single-document":t.restoreLayout(ce.createSingleDocumentConfig(this));break;default:throw"unreachable"}O.postMessage(this,ce.LayoutModified)}get tabsMovable(){return this._tabsMovable}set tabsMovable(e){this._tabsMovable=e;for(let t of this.tabBars())t.tabsMovable=e}get tabsConstrained(){return this._tabsConstrained}set tabsConstrained(e){this._tabsConstrained=e}get addButtonEnabled(){return this._addButtonEnabled}set addButtonEnabled(e){this._addButtonEnabled=e;for(let t of this.tabBars())t.addButtonEnabled=e}get isEmpty(){return this.layout.isEmpty}*widgets(){yield*this.layout.widgets()}*selectedWidgets(){yield*this.layout.selectedWidgets()}*tabBars(){yield*this.layout.tabBars()}*handles(){yield*this.layout.handles()}selectWidget(e){let t=(0,L.find)(this.tabBars(),r=>r.titles.indexOf(e.title)!==-1);if(!t)throw new Error("Widget is not contained in the dock panel.");t.currentTitle=e.title}activateWidget(e){this.selectWidget(e),e.activate()}saveLayout(){return this.layout.saveLayout()}restoreLayout(e){this._mode="multiple-document",this.layout.restoreLayout(e),(Ie.IS_EDGE||Ie.IS_IE)&&O.flush(),O.postMessage(this,ce.LayoutModified)}addWidget(e,t={}){this._mode==="single-document"?this.layout.addWidget(e):this.layout.addWidget(e,t),O.postMessage(this,ce.LayoutModified)}processMessage(e){e.type==="layout-modified"?this._layoutModified.emit(void 0):super.processMessage(e)}handleEvent(e){switch(e.type){case"lm-dragenter":this._evtDragEnter(e);break;case"lm-dragleave":this._evtDragLeave(e);break;case"lm-dragover":this._evtDragOver(e);break;case"lm-drop":this._evtDrop(e);break;case"pointerdown":this._evtPointerDown(e);break;case"pointermove":this._evtPointerMove(e);break;case"pointerleave":this._hoverFrameId!==-1&&(this._view.cancelAnimationFrame(this._hoverFrameId),this._hoverFrameId=-1),this._setIntersectionHoverHandle(null);break;case"pointerup":this._evtPointerUp(e);break;case"pointercancel":this._evtPointerCancel(e);break;case"keydown":this._evtKeyDown(e);break;case"contextmenu":e.preventDefault(),e.stopPropagation();break}}onBeforeAttach(e){this.node.addEventListener("lm-dragenter",this),this.node.addEventListener("lm-dragleave",this._evtDragLeaveCapture,!0),this.node.addEventListener("lm-dragleave",this),this.node.addEventListener("lm-dragover",this),this.node.addEventListener("lm-drop",this._evtDropCapture,!0),this.node.addEventListener("lm-drop",this),this.node.addEventListener("pointerdown",this),this.node.addEventListener("pointermove",this),this.node.addEventListener("pointerleave",this)}onAfterDetach(e){this.node.removeEventListener("lm-dragenter",this),this.node.removeEventListener("lm-dragleave",this._evtDragLeaveCapture,!0),this.node.removeEventListener("lm-dragleave",this),this.node.removeEventListener("lm-dragover",this),this.node.removeEventListener("lm-drop",this._evtDropCapture,!0),this.node.removeEventListener("lm-drop",this),this.node.removeEventListener("pointerdown",this),this.node.removeEventListener("pointermove",this),this.node.removeEventListener("pointerleave",this),this._hoverFrameId!==-1&&(this._view.cancelAnimationFrame(this._hoverFrameId),this._hoverFrameId=-1),this._setIntersectionHoverHandle(null,null),this._hoverChild=null,this._hoverHandle=null,this._releaseMouse()}onChildAdded(e){ce.isGeneratedTabBarProperty.get(e.child)||e.child.addClass("lm-DockPanel-widget")}onChildRemoved(e){this._hoverChild===e.child.node&&(this._hoverChild=null,this._hoverHandle=null),!ce.isGeneratedTabBarProperty.get(e.child)&&(e.child.removeClass("lm-DockPanel-widget"),O.postMessage(this,ce.LayoutModified))}_evtDragEnter(e){e.mimeData.hasData("application/vnd.lumino.widget-factory")&&(e.preventDefault(),e.stopPropagation())}_evtDragLeave(e){e.preventDefault(),!(this._tabsConstrained&&e.source!==this)&&(e.stopPropagation(),this.overlay.hide(1))}_evtDragOver(e){e.preventDefault(),this._tabsConstrained&&e.source!==this||this._showOverlay(e.clientX,e.clientY)==="invalid"?e.dropAction="none":(e.stopPropagation(),e.dropAction=e.proposedAction)}_evtDrop(e){if(e.preventDefault(),this.overlay.hide(0),e.proposedAction==="none"){e.dropAction="none";return}let{clientX:t,clientY:r}=e,{zone:n,target:s}=ce.findDropTarget(this,t,r,this._edges);if(this._tabsConstrained&&e.source!==this||n==="invalid"){e.dropAction="none";return}let a=e.mimeData.getData("application/vnd.lumino.widget-factory");if(typeof a!="function"){e.dropAction="none";return}let l=a();if(!(l instanceof N)){e.dropAction="none";return}if(l.contains(this)){e.dropAction="none";return}let d=s?ce.getDropRef(s.tabBar):null;switch(n){case"root-all":this.addWidget(l);break;case"root-top":this.addWidget(l,{mode:"split-top"});break;case"root-left":this.addWidget(l,{mode:"split-left"});break;case"root-right":this.addWidget(l,{mode:"split-right"});break;case"root-bottom":this.addWidget(l,{mode:"split-bottom"});break;case"widget-all":this.addWidget(l,{mode:"tab-after",ref:d});break;case"widget-top":this.addWidget(l,{mode:"split-top",ref:d});break;case"widget-left":this.addWidget(l,{mode:"split-left",ref:d});break;case"widget-right":this.addWidget(l,{mode:"split-right",ref:d});break;case"widget-bottom":this.addWidget(l,{mode:"split-bottom",ref:d});break;case"widget-tab":this.addWidget(l,{mode:"tab-after",ref:d});break;default:throw"unreachable"}e.dropAction=e.proposedAction,e.stopPropagation(),this.activateWidget(l)}_evtKeyDown(e){e.preventDefault(),e.stopPropagation(),e.keyCode===27&&(this._releaseMouse(),O.postMessage(this,ce.LayoutModified))}_evtPointerDown(e){if(e.button!==0)return;let t=this.layout,r=e.target,n=(0,L.find)(t.handles(),f=>f.contains(r));if(!n)return;e.preventDefault(),e.stopPropagation(),this._hoverFrameId!==-1&&(this._view.cancelAnimationFrame(this._hoverFrameId),this._hoverFrameId=-1),this._document.addEventListener("keydown",this,!0),this._document.addEventListener("pointerup",this,!0),this._document.addEventListener("pointermove",this,!0),this._document.addEventListener("pointercancel",this,!0),this._document.addEventListener("contextmenu",this,!0);let s=n.getBoundingClientRect(),o=e.clientX-s.left,a=e.clientY-s.top,l=this._findIntersectingHandle(n,e.clientX,e.clientY),d=l?"move":window.getComputedStyle(n).cursor,c=Ne.overrideCursor(d,this._document),h;if(l){let f=l.getBoundingClientRect();h={handle:l,deltaX:e.clientX-f.left,deltaY:e.clientY-f.top}}this._pressData={handle:n,deltaX:o,deltaY:a,override:c,pointerId:e.pointerId,intersect:h,clientX:e.clientX,clientY:e.clientY,frameId:-1}}_evtPointerMove(e){if(!this._pressData){this._hoverTarget=e.target,this._hoverClientX=e.clientX,this._hoverClientY=e.clientY,this._hoverFrameId===-1&&(this._hoverFrameId=this._view.requestAnimationFrame(this._applyHover));return}e.preventDefault(),e.stopPropagation(),this._pressData.clientX=e.clientX,this._pressData.clientY=e.clientY,this._pressData.frameId===-1&&(this._pressData.frameId=this._view.requestAnimationFrame(this._applyDrag))}get _view(){var e;return(e=("defaultView"in this._document?this._document:this._document.ownerDocument).defaultView)!==null&&e!==void 0?e:window}_findIntersectingHandle(e,t,r){let n=e.getAttribute("data-orientation"),s=Wm(this.spacing),o=null,a=1/0;for(let l of this.handles()){if(l===e||l.classList.contains("lm-mod-hidden")||l.getAttribute("data-orientation")===n)continue;let d=l.getBoundingClientRect(),c=Math.max(d.left-t,0,t-d.right),h=Math.max(d.top-r,0,r-d.bottom);if(c>s||h>s)continue;let f=Math.hypot(c,h);f<a&&(o=l,a=f)}return o}_hitTestHandle(e){var t;let r=Um(this.node,e);if(r!==this._hoverChild){let n=this.layout;this._hoverChild=r,this._hoverHandle=r&&(t=(0,L.find)(n.handles(),s=>s===r))!==null&&t!==void 0?t:null}return this._hoverHandle}_evtPointerUp(e){e.button===0&&(e.preventDefault(),e.stopPropagation(),this._pressData&&this._pressData.frameId!==-1&&(this._view.cancelAnimationFrame(this._pressData.frameId),this._applyDrag()),this._releaseMouse(),O.postMessage(this,ce.LayoutModified))}_evtPointerCancel(e){this._pressData&&e.pointerId===this._pressData.pointerId&&(this._releaseMouse(),O.postMessage(this,ce.LayoutModified))}_releaseMouse(){this._pressData&&(this._pressData.frameId!==-1&&this._view.cancelAnimationFrame(this._pressData.frameId),this._pressData.override.dispose(),this._pressData=null,this._document.removeEventListener("keydown",this,!0),this._document.removeEventListener("pointerup",this,!0),this._document.removeEventListener("pointermove",this,!0),this._document.removeEventListener("pointercancel",this,!0),this._document.removeEventListener("contextmenu",this,!0))}_setIntersectionHoverHandle(e,t=null){this._intersectionHoverStyler.set(e,t)}_showOverlay(e,t){let{zone:r,target:n}=ce.findDropTarget(this,e,t,this._edges);if(r==="invalid")return this.overlay.hide(100),r;let s,o,a,l,d=ee.boxSizing(this.node),c=this.node.getBoundingClientRect();switch(r){case"root-all":s=d.paddingTop,o=d.paddingLeft,a=d.paddingRight,l=d.paddingBottom;break;case"root-top":s=d.paddingTop,o=d.paddingLeft,a=d.paddingRight,l=c.height*ce.GOLDEN_RATIO;break;case"root-left":s=d.paddingTop,o=d.paddingLeft,a=c.width*ce.GOLDEN_RATIO,l=d.paddingBottom;break;case"root-right":s=d.paddingTop,o=c.width*ce.GOLDEN_RATIO,a=d.paddingRight,l=d.paddingBottom;break;case"root-bottom":s=c.height*ce.GOLDEN_RATIO,o=d.paddingLeft,a=d.paddingRight,l=d.paddingBottom;break;case"widget-all":s=n.top,o=n.left,a=n.right,l=n.bottom;break;case"widget-top":s=n.top,o=n.left,a=n.right,l=n.bottom+n.height/2;break;case"widget-left":s=n.top,o=n.left,a=n.right+n.width/2,l=n.bottom;break;case"widget-right":s=n.top,o=n.left+n.width/2,a=n.right,l=n.bottom;break;case"widget-bottom":s=n.top+n.height/2,o=n.left,a=n.right,l=n.bottom;break;case"widget-tab":{let h=n.tabBar.node.getBoundingClientRect().height;s=n.top,o=n.left,a=n.right,l=n.bottom+n.height-h;break}default:throw"unreachable"}return this.overlay.show({top:s,left:o,right:a,bottom:l}),r}_createTabBar(){let e=this._renderer.createTabBar(this._document);return ce.isGeneratedTabBarProperty.set(e,!0),this._mode==="single-document"&&e.hide(),e.tabsMovable=this._tabsMovable,e.allowDeselect=!1,e.addButtonEnabled=this._addButtonEnabled,e.removeBehavior="select-previous-tab",e.insertBehavior="select-tab-if-needed",e.tabMoved.connect(this._onTabMoved,this),e.currentChanged.connect(this._onCurrentChanged,this),e.tabCloseRequested.connect(this._onTabCloseRequested,this),e.tabDetachRequested.connect(this._onTabDetachRequested,this),e.tabActivateRequested.connect(this._onTabActivateRequested,this),e.addRequested.connect(this._onTabAddRequested,this),e}_createHandle(){return this._renderer.createHandle()}_onTabMoved(){O.postMessage(this,ce.LayoutModified)}_onCurrentChanged(e,t){let{previousTitle:r,currentTitle:n}=t;r&&r.owner.hide(),n&&n.owner.show(),(Ie.IS_EDGE||Ie.IS_IE)&&O.flush(),O.postMessage(this,ce.LayoutModified)}_onTabAddRequested(e){this._addRequested.emit(e)}_onTabActivateRequested(e,t){t.title.owner.activate()}_onTabCloseRequested(e,t){t.title.owner.close()}_onTabDetachRequested(e,t){if(this._drag)return;e.releaseMouse();let{title:r,tab:n,clientX:s,clientY:o,offset:a}=t,l=new Pt.MimeData,d=()=>r.owner;l.setData("application/vnd.lumino.widget-factory",d);let c=n.cloneNode(!0);a&&(c.style.top=`-${a.y}px`,c.style.left=`-${a.x}px`),this._drag=new Ne({document:this._document,mimeData:l,dragImage:c,proposedAction:"move",supportedActions:"move",source:this}),n.classList.add("lm-mod-hidden");let h=()=>{this._drag=null,n.classList.remove("lm-mod-hidden")};this._drag.start(s,o).then(h)}};(function(i){class e{constructor(){this._timer=-1,this._hidden=!0,this.node=document.createElement("div"),this.node.classList.add("lm-DockPanel-overlay"),this.node.classList.add("lm-mod-hidden"),this.node.style.position="absolute",this.node.style.contain="strict"}show(n){let s=this.node.style;s.top=`${n.top}px`,s.left=`${n.left}px`,s.right=`${n.right}px`,s.bottom=`${n.bottom}px`,clearTimeout(this._timer),this._timer=-1,this._hidden&&(this._hidden=!1,this.node.classList.remove("lm-mod-hidden"))}hide(n){if(!this._hidden){if(n<=0){clearTimeout(this._timer),this._timer=-1,this._hidden=!0,this.node.classList.add("lm-mod-hidden");return}this._timer===-1&&(this._timer=window.setTimeout(()=>{this._timer=-1,this._hidden=!0,this.node.classList.add("lm-mod-hidden")},n))}}}i.Overlay=e;class t{createTabBar(n){let s=new wr({document:n});return s.addClass("lm-DockPanel-tabBar"),s}createHandle(){let n=document.createElement("div");return n.className="lm-DockPanel-handle",n}}i.Renderer=t,i.defaultRenderer=new t})(ro||(ro={}));var ce;(function(i){i.GOLDEN_RATIO=.618,i.DEFAULT_EDGES={top:12,right:40,bottom:40,left:40},i.LayoutModified=new Zt("layout-modified"),i.isGeneratedTabBarProperty=new Oe({name:"isGeneratedTabBar",create:()=>!1});function e(n){if(n.isEmpty)return{main:null};let s=Array.from(n.widgets()),o=n.selectedWidgets().next().value,a=o?s.indexOf(o):-1;return{main:{type:"tab-area",widgets:s,currentIndex:a}}}i.createSingleDocumentConfig=e;function t(n,s,o,a){if(!ee.hitTest(n.node,s,o))return{zone:"invalid",target:null};let l=n.layout;if(l.isEmpty)return{zone:"root-all",target:null};if(n.mode==="multiple-document"){let w=n.node.getBoundingClientRect(),T=s-w.left+1,A=o-w.top+1,S=w.right-s,R=w.bottom-o;switch(Math.min(A,S,R,T)){case A:if(A<a.top)return{zone:"root-top",target:null};break;case S:if(S<a.right)return{zone:"root-right",target:null};break;case R:if(R<a.bottom)return{zone:"root-bottom",target:null};break;case T:if(T<a.left)return{zone:"root-left",target:null};break;default:throw"unreachable"}}let d=l.hitTestTabAreas(s,o);if(!d)return{zone:"invalid",target:null};if(n.mode==="single-document")return{zone:"widget-all",target:d};let c=d.x-d.left+1,h=d.y-d.top+1,f=d.left+d.width-d.x,p=d.top+d.height-d.y,_=d.tabBar.node.getBoundingClientRect().height;if(h<_)return{zone:"widget-tab",target:d};let v=Math.round(d.width/3),y=Math.round(d.height/3);if(c>v&&f>v&&h>y&&p>y)return{zone:"widget-all",target:d};c/=v,h/=y,f/=v,p/=y;let C=Math.min(c,h,f,p),E;switch(C){case c:E="widget-left";break;case h:E="widget-top";break;case f:E="widget-right";break;case p:E="widget-bottom";break;default:throw"unreachable"}return{zone:E,target:d}}i.findDropTarget=t;function r(n){return n.titles.length===0?null:n.currentTitle?n.currentTitle.owner:n.titles[n.titles.length-1].owner}i.getDropRef=r})(ce||(ce={}));var vn=class i extends Lt{constructor(e={}){super(e),this._dirty=!1,this._rowSpacing=4,this._columnSpacing=4,this._items=[],this._rowStarts=[],this._columnStarts=[],this._rowSizers=[new vt],this._columnSizers=[new vt],this._box=null,e.rowCount!==void 0&&ve.reallocSizers(this._rowSizers,e.rowCount),e.columnCount!==void 0&&ve.reallocSizers(this._columnSizers,e.columnCount),e.rowSpacing!==void 0&&(this._rowSpacing=ve.clampValue(e.rowSpacing)),e.columnSpacing!==void 0&&(this._columnSpacing=ve.clampValue(e.columnSpacing))}dispose(){for(let e of this._items){let t=e.widget;e.dispose(),t.dispose()}this._box=null,this._items.length=0,this._rowStarts.length=0,this._rowSizers.length=0,this._columnStarts.length=0,this._columnSizers.length=0,super.dispose()}get rowCount(){return this._rowSizers.length}set rowCount(e){e!==this.rowCount&&(ve.reallocSizers(this._rowSizers,e),this.parent&&this.parent.fit())}get columnCount(){return this._columnSizers.length}set columnCount(e){e!==this.columnCount&&(ve.reallocSizers(this._columnSizers,e),this.parent&&this.parent.fit())}get rowSpacing(){return this._rowSpacing}set rowSpacing(e){e=ve.clampValue(e),this._rowSpacing!==e&&(this._rowSpacing=e,this.parent&&this.parent.fit())}get columnSpacing(){return this._columnSpacing}set columnSpacing(e){e=ve.clampValue(e),this._columnSpacing!==e&&(this._columnSpacing=e,this.parent&&this.parent.fit())}rowStretch(e){let t=this._rowSizers[e];return t?t.stretch:-1}setRowStretch(e,t){let r=this._rowSizers[e];r&&(t=ve.clampValue(t),r.stretch!==t&&(r.stretch=t,this.parent&&this.parent.update()))}columnStretch(e){let t=this._columnSizers[e];return t?t.stretch:-1}setColumnStretch(e,t){let r=this._columnSizers[e];r&&(t=ve.clampValue(t),r.stretch!==t&&(r.stretch=t,this.parent&&this.parent.update()))}*[Symbol.iterator](){for(let e of this._items)yield e.widget}addWidget(e){L.ArrayExt.findFirstIndex(this._items,r=>r.widget===e)===-1&&(this._items.push(new Ti(e)),this.parent&&this.attachWidget(e))}removeWidget(e){let t=L.ArrayExt.findFirstIndex(this._items,n=>n.widget===e);if(t===-1)return;let r=L.ArrayExt.removeAt(this._items,t);this.parent&&this.detachWidget(e),r.dispose()}init(){super.init();for(let e of this)this.attachWidget(e)}attachWidget(e){this.parent.isAttached&&O.sendMessage(e,N.Msg.BeforeAttach),this.parent.node.appendChild(e.node),this.parent.isAttached&&O.sendMessage(e,N.Msg.AfterAttach),this.parent.fit()}detachWidget(e){this.parent.isAttached&&O.sendMessage(e,N.Msg.BeforeDetach),this.parent.node.removeChild(e.node),this.parent.isAttached&&O.sendMessage(e,N.Msg.AfterDetach),this.parent.fit()}onBeforeShow(e){super.onBeforeShow(e),this.parent.update()}onBeforeAttach(e){super.onBeforeAttach(e),this.parent.fit()}onChildShown(e){this.parent.fit()}onChildHidden(e){this.parent.fit()}onResize(e){this.parent.isVisible&&this._update(e.width,e.height)}onUpdateRequest(e){this.parent.isVisible&&this._update(-1,-1)}onFitRequest(e){this.parent.isAttached&&this._fit()}_fit(){for(let l=0,d=this.rowCount;l<d;++l)this._rowSizers[l].minSize=0;for(let l=0,d=this.columnCount;l<d;++l)this._columnSizers[l].minSize=0;let e=this._items.filter(l=>!l.isHidden);for(let l=0,d=e.length;l<d;++l)e[l].fit();let t=this.rowCount-1,r=this.columnCount-1;e.sort(ve.rowSpanCmp);for(let l=0,d=e.length;l<d;++l){let c=e[l],h=i.getCellConfig(c.widget),f=Math.min(h.row,t),p=Math.min(h.row+h.rowSpan-1,t);ve.distributeMin(this._rowSizers,f,p,c.minHeight)}e.sort(ve.columnSpanCmp);for(let l=0,d=e.length;l<d;++l){let c=e[l],h=i.getCellConfig(c.widget),f=Math.min(h.column,r),p=Math.min(h.column+h.columnSpan-1,r);ve.distributeMin(this._columnSizers,f,p,c.minWidth)}if(this.fitPolicy==="set-no-constraint"){this._box=null,O.sendMessage(this.parent,N.Msg.UpdateRequest);return}let n=t*this._rowSpacing,s=r*this._columnSpacing;for(let l=0,d=this.rowCount;l<d;++l)n+=this._rowSizers[l].minSize;for(let l=0,d=this.columnCount;l<d;++l)s+=this._columnSizers[l].minSize;let o=this._box=ee.boxSizing(this.parent.node);s+=o.horizontalSum,n+=o.verticalSum;let a=this.parent.node.style;a.minWidth=`${s}px`,a.minHeight=`${n}px`,this._dirty=!0,this.parent.parent&&O.sendMessage(this.parent.parent,N.Msg.FitRequest),this._dirty&&O.sendMessage(this.parent,N.Msg.UpdateRequest)}_update(e,t){this._dirty=!1,e<0&&(e=this.parent.node.offsetWidth),t<0&&(t=this.parent.node.offsetHeight),this._box||(this._box=ee.boxSizing(this.parent.node));let r=this._box.paddingTop,n=this._box.paddingLeft,s=e-this._box.horizontalSum,o=t-this._box.verticalSum,a=this.rowCount-1,l=this.columnCount-1,d=a*this._rowSpacing,c=l*this._columnSpacing;Ze.calc(this._rowSizers,Math.max(0,o-d)),Ze.calc(this._columnSizers,Math.max(0,s-c));for(let h=0,f=r,p=this.rowCount;h<p;++h)this._rowStarts[h]=f,f+=this._rowSizers[h].size+this._rowSpacing;for(let h=0,f=n,p=this.columnCount;h<p;++h)this._columnStarts[h]=f,f+=this._columnSizers[h].size+this._columnSpacing;for(let h=0,f=this._items.length;h<f;++h){let p=this._items[h];if(p.isHidden)continue;let _=i.getCellConfig(p.widget),v=Math.min(_.row,a),y=Math.min(_.column,l),C=Math.min(_.row+_.rowSpan-1,a),E=Math.min(_.column+_.columnSpan-1,l),w=this._columnStarts[y],T=this._rowStarts[v],A=this._columnStarts[E]+this._columnSizers[E].size-w,S=this._rowStarts[C]+this._rowSizers[C].size-T;p.update(w,T,A,S)}}};(function(i){function e(r){return ve.cellConfigProperty.get(r)}i.getCellConfig=e;function t(r,n){ve.cellConfigProperty.set(r,ve.normalizeConfig(n))}i.setCellConfig=t})(vn||(vn={}));var ve;(function(i){i.cellConfigProperty=new Oe({name:"cellConfig",create:()=>({row:0,column:0,rowSpan:1,columnSpan:1}),changed:a});function e(l){let d=Math.max(0,Math.floor(l.row||0)),c=Math.max(0,Math.floor(l.column||0)),h=Math.max(1,Math.floor(l.rowSpan||0)),f=Math.max(1,Math.floor(l.columnSpan||0));return{row:d,column:c,rowSpan:h,columnSpan:f}}i.normalizeConfig=e;function t(l){return Math.max(0,Math.floor(l))}i.clampValue=t;function r(l,d){let c=i.cellConfigProperty.get(l.widget),h=i.cellConfigProperty.get(d.widget);return c.rowSpan-h.rowSpan}i.rowSpanCmp=r;function n(l,d){let c=i.cellConfigProperty.get(l.widget),h=i.cellConfigProperty.get(d.widget);return c.columnSpan-h.columnSpan}i.columnSpanCmp=n;function s(l,d){for(d=Math.max(1,Math.floor(d));l.length<d;)l.push(new vt);l.length>d&&(l.length=d)}i.reallocSizers=s;function o(l,d,c,h){if(c<d)return;if(d===c){let _=l[d];_.minSize=Math.max(_.minSize,h);return}let f=0;for(let _=d;_<=c;++_)f+=l[_].minSize;if(f>=h)return;let p=(h-f)/(c-d+1);for(let _=d;_<=c;++_)l[_].minSize+=p}i.distributeMin=o;function a(l){l.parent&&l.parent.layout instanceof vn&&l.parent.fit()}})(ve||(ve={}));var no=class i extends N{constructor(e={}){super({node:so.createNode()}),this._activeIndex=-1,this._tabFocusIndex=0,this._menus=[],this._childMenu=null,this._overflowMenu=null,this._menuItemSizes=[],this._overflowIndex=-1,this.addClass("lm-MenuBar"),this.setFlag(N.Flag.DisallowLayout),this.renderer=e.renderer||i.defaultRenderer,this._forceItemsPosition=e.forceItemsPosition||{forceX:!0,forceY:!0},this._overflowMenuOptions=e.overflowMenuOptions||{isVisible:!0}}dispose(){this._closeChildMenu(),this._menus.length=0,super.dispose()}get childMenu(){return this._childMenu}get overflowIndex(){return this._overflowIndex}get overflowMenu(){return this._overflowMenu}get contentNode(){return this.node.getElementsByClassName("lm-MenuBar-content")[0]}get activeMenu(){return this._menus[this._activeIndex]||null}set activeMenu(e){this.activeIndex=e?this._menus.indexOf(e):-1}get activeIndex(){return this._activeIndex}set activeIndex(e){(e<0||e>=this._menus.length)&&(e=-1),e>-1&&this._menus[e].items.length===0&&(e=-1),this._activeIndex!==e&&(this._activeIndex=e,this.update())}get menus(){return this._menus}openActiveMenu(){this._activeIndex!==-1&&(this._openChildMenu(),this._childMenu&&(this._childMenu.activeIndex=-1,this._childMenu.activateNextItem()))}addMenu(e,t=!0){this.insertMenu(this._menus.length,e,t)}insertMenu(e,t,r=!0){this._closeChildMenu();let n=this._menus.indexOf(t),s=Math.max(0,Math.min(e,this._menus.length));if(n===-1){L.ArrayExt.insert(this._menus,s,t),t.addClass("lm-MenuBar-menu"),t.aboutToClose.connect(this._onMenuAboutToClose,this),t.menuRequested.connect(this._onMenuMenuRequested,this),t.title.changed.connect(this._onTitleChanged,this),r&&this.update();return}s===this._menus.length&&s--,n!==s&&(L.ArrayExt.move(this._menus,n,s),r&&this.update())}removeMenu(e,t=!0){this.removeMenuAt(this._menus.indexOf(e),t)}removeMenuAt(e,t=!0){this._closeChildMenu();let r=L.ArrayExt.removeAt(this._menus,e);r&&(r.aboutToClose.disconnect(this._onMenuAboutToClose,this),r.menuRequested.disconnect(this._onMenuMenuRequested,this),r.title.changed.disconnect(this._onTitleChanged,this),r.removeClass("lm-MenuBar-menu"),t&&this.update())}clearMenus(){if(this._menus.length!==0){this._closeChildMenu();for(let e of this._menus)e.aboutToClose.disconnect(this._onMenuAboutToClose,this),e.menuRequested.disconnect(this._onMenuMenuRequested,this),e.title.changed.disconnect(this._onTitleChanged,this),e.removeClass("lm-MenuBar-menu");this._menus.length=0,this._overflowMenu=null,this._overflowIndex=-1,this._menuItemSizes.length=0,this.update()}}handleEvent(e){switch(e.type){case"keydown":this._evtKeyDown(e);break;case"pointerdown":this._evtPointerDown(e);break;case"pointermove":case"pointerleave":this._evtPointerMove(e);break;case"focusout":this._evtFocusOut(e);break;case"contextmenu":e.preventDefault(),e.stopPropagation();break}}onBeforeAttach(e){this.node.addEventListener("keydown",this),this.node.addEventListener("pointerdown",this),this.node.addEventListener("pointermove",this),this.node.addEventListener("pointerleave",this),this.node.addEventListener("focusout",this),this.node.addEventListener("contextmenu",this)}onAfterDetach(e){this.node.removeEventListener("keydown",this),this.node.removeEventListener("pointerdown",this),this.node.removeEventListener("pointermove",this),this.node.removeEventListener("pointerleave",this),this.node.removeEventListener("focusout",this),this.node.removeEventListener("contextmenu",this),this._closeChildMenu()}onActivateRequest(e){this.isAttached&&this._focusItemAt(0)}onResize(e){this.update(),super.onResize(e)}onUpdateRequest(e){var t;this._menuItemSizes.length>0&&this._updateOverflowIndex();let r=this._menus,n=this.renderer,s=this._activeIndex,o=this._tabFocusIndex>=0&&this._tabFocusIndex<r.length?this._tabFocusIndex:0,a=this._overflowIndex>-1?this._overflowIndex:r.length,l=0,d=!1;if(a=this._overflowMenu!==null?Math.max(a-1,0):a,this._overflowMenu!==null){for(;r.length-1<a&&this._overflowMenu.items.length>0;){let h=this._overflowMenu.items[0].submenu;this._overflowMenu.removeItemAt(0),this.insertMenu(r.length-1,h,!1)}a=Math.min(a,r.length-1)}else a=Math.min(a,r.length);let c=new Array(a);for(let h=0;h<a;++h)c[h]=n.renderItem({title:r[h].title,active:h===s,tabbable:h===o,disabled:r[h].items.length===0,onfocus:()=>{this._tabFocusIndex=h,this.activeIndex=h}}),l+=this._menuItemSizes[h],r[h].title.label===this._overflowMenuOptions.title&&(d=!0,a--);if(this._overflowMenuOptions.isVisible){if(this._overflowIndex>-1&&!d){if(this._overflowMenu===null){let h=(t=this._overflowMenuOptions.title)!==null&&t!==void 0?t:"...";this._overflowMenu=new Ei({commands:new jt}),this._overflowMenu.title.label=h,this._overflowMenu.title.mnemonic=0,this.addMenu(this._overflowMenu,!1)}for(let h=r.length-2;h>=a;h--){let f=this.menus[h];f.title.mnemonic=0,this._overflowMenu.insertItem(0,{type:"submenu",submenu:f}),this.removeMenu(f,!1)}c[a]=n.renderItem({title:this._overflowMenu.title,active:a===s&&r[a].items.length!==0,tabbable:a===o,disabled:r[a].items.length===0,onfocus:()=>{this._tabFocusIndex=a,this.activeIndex=a}}),a++}else if(this._overflowMenu!==null){let h=this._overflowMenu.items,f=this.node.offsetWidth,p=this._overflowMenu.items.length;for(let _=0;_<p;++_){let v=r.length-1-_;if(f-l>this._menuItemSizes[v]){let y=h[0].submenu;this._overflowMenu.removeItemAt(0),this.insertMenu(a,y,!1),c[a]=n.renderItem({title:y.title,active:!1,tabbable:a===o,disabled:r[a].items.length===0,onfocus:()=>{this._tabFocusIndex=a,this.activeIndex=a}}),a++}}this._overflowMenu.items.length===0&&(this.removeMenu(this._overflowMenu,!1),this._overflowMenu=null,this._overflowIndex=-1)}}_t.render(c,this.contentNode),this._updateOverflowIndex()}_updateOverflowIndex(){if(!this._overflowMenuOptions.isVisible)return;let e=this.contentNode.childNodes,t=this.node.offsetWidth,r=0,n=-1,s=e.length;if(this._menuItemSizes.length==0)for(let o=0;o<s;o++){let a=e[o];r+=a.offsetWidth,this._menuItemSizes.push(a.offsetWidth),r>t&&n===-1&&(n=o)}else for(let o=0;o<this._menuItemSizes.length;o++)if(r+=this._menuItemSizes[o],r>t){n=o;break}t>0&&(this._overflowIndex=n)}_evtKeyDown(e){let t=e.keyCode;if(t===9){this.activeIndex=-1;return}if(e.preventDefault(),e.stopPropagation(),t===13||t===32||t===38||t===40){if(this.activeIndex=this._tabFocusIndex,this.activeIndex!==this._tabFocusIndex)return;this.openActiveMenu();return}if(t===27){this._closeChildMenu(),this._focusItemAt(this.activeIndex);return}if(t===37||t===39){let o=t===37?-1:1,a=this._tabFocusIndex+o,l=this._menus.length;for(let d=0;d<l;d++){let c=(l+a+o*d)%l;if(this._menus[c].items.length){this._focusItemAt(c);return}}return}let r=pr().keyForKeydownEvent(e);if(!r)return;let n=this._activeIndex+1,s=so.findMnemonic(this._menus,r,n);s.index!==-1&&!s.multiple?(this.activeIndex=s.index,this.openActiveMenu()):s.index!==-1?(this.activeIndex=s.index,this._focusItemAt(this.activeIndex)):s.auto!==-1&&(this.activeIndex=s.auto,this._focusItemAt(this.activeIndex))}_evtPointerDown(e){if(!ee.hitTest(this.node,e.clientX,e.clientY))return;e.stopPropagation(),e.stopImmediatePropagation();let t=L.ArrayExt.findFirstIndex(this.contentNode.children,r=>ee.hitTest(r,e.clientX,e.clientY));if(t===-1){this._closeChildMenu();return}if(e.button===0)if(this._childMenu)this._closeChildMenu(),this.activeIndex=t;else{e.preventDefault();let r=this._positionForMenu(t);Ei.saveWindowData(),this.activeIndex=t,this._openChildMenu(r)}}_evtPointerMove(e){if(Ae.isTouchEvent(e))return;let t=L.ArrayExt.findFirstIndex(this.contentNode.children,n=>ee.hitTest(n,e.clientX,e.clientY));if(t===this._activeIndex||t===-1&&this._childMenu)return;let r=t>=0&&this._childMenu?this._positionForMenu(t):null;Ei.saveWindowData(),this.activeIndex=t,r&&this._openChildMenu(r)}_positionForMenu(e){let t=this.contentNode.children[e],{left:r,bottom:n}=t.getBoundingClientRect();return{top:n,left:r}}_evtFocusOut(e){!this._childMenu&&!this.node.contains(e.relatedTarget)&&(this.activeIndex=-1)}_focusItemAt(e){let t=this.contentNode.childNodes[e];t&&t.focus()}_openChildMenu(e={}){let t=this.activeMenu;if(!t){this._closeChildMenu();return}let r=this._childMenu;if(r===t)return;this._childMenu=t,r?r.close():document.addEventListener("pointerdown",this,!0),this._tabFocusIndex=this.activeIndex,O.sendMessage(this,N.Msg.UpdateRequest);let{left:n,top:s}=e;(typeof n>"u"||typeof s>"u")&&({left:n,top:s}=this._positionForMenu(this._activeIndex)),r||this.addClass("lm-mod-active"),t.items.length>0&&t.open(n,s,this._forceItemsPosition)}_closeChildMenu(){if(!this._childMenu)return;this.removeClass("lm-mod-active"),document.removeEventListener("pointerdown",this,!0);let e=this._childMenu;this._childMenu=null,e.close(),this.activeIndex=-1}_onMenuAboutToClose(e){e===this._childMenu&&(this.removeClass("lm-mod-active"),document.removeEventListener("pointerdown",this,!0),this._childMenu=null,this.activeIndex=-1)}_onMenuMenuRequested(e,t){if(e!==this._childMenu)return;let r=this._activeIndex,n=this._menus.length;switch(t){case"next":this.activeIndex=r===n-1?0:r+1;break;case"previous":this.activeIndex=r===0?n-1:r-1;break}this.openActiveMenu()}_onTitleChanged(){this.update()}};(function(i){class e{renderItem(r){let n=this.createItemClass(r),s=this.createItemDataset(r),o=this.createItemARIA(r);return te.li({className:n,dataset:s,...r.disabled?{}:{tabindex:r.tabbable?"0":"-1"},onfocus:r.onfocus,...o},this.renderIcon(r),this.renderLabel(r))}renderIcon(r){let n=this.createIconClass(r);return te.div({className:n},r.title.icon,r.title.iconLabel)}renderLabel(r){let n=this.formatLabel(r);return te.div({className:"lm-MenuBar-itemLabel"},n)}createItemClass(r){let n="lm-MenuBar-item";return r.title.className&&(n+=` ${r.title.className}`),r.active&&!r.disabled&&(n+=" lm-mod-active"),n}createItemDataset(r){return r.title.dataset}createItemARIA(r){return{role:"menuitem","aria-haspopup":"true","aria-disabled":r.disabled?"true":"false"}}createIconClass(r){let n="lm-MenuBar-itemIcon",s=r.title.iconClass;return s?`${n} ${s}`:n}formatLabel(r){let{label:n,mnemonic:s}=r.title;if(s<0||s>=n.length)return n;let o=n.slice(0,s),a=n.slice(s+1),l=n[s],d=te.span({className:"lm-MenuBar-itemMnemonic"},l);return[o,d,a]}}i.Renderer=e,i.defaultRenderer=new e})(no||(no={}));var so;(function(i){function e(){let r=document.createElement("div"),n=document.createElement("ul");return n.className="lm-MenuBar-content",r.appendChild(n),n.setAttribute("role","menubar"),r}i.createNode=e;function t(r,n,s){let o=-1,a=-1,l=!1,d=n.toUpperCase();for(let c=0,h=r.length;c<h;++c){let f=(c+s)%h,p=r[f].title;if(p.label.length===0)continue;let _=p.mnemonic;if(_>=0&&_<p.label.length){p.label[_].toUpperCase()===d&&(o===-1?o=f:l=!0);continue}a===-1&&p.label[0].toUpperCase()===d&&(a=f)}return{index:o,multiple:l,auto:a}}i.findMnemonic=t})(so||(so={}));var Hm;(function(i){function e(){let r=document.createElement("div"),n=document.createElement("div"),s=document.createElement("div"),o=document.createElement("div"),a=document.createElement("div");return n.className="lm-ScrollBar-button",s.className="lm-ScrollBar-button",n.dataset.action="decrement",s.dataset.action="increment",o.className="lm-ScrollBar-track",a.className="lm-ScrollBar-thumb",o.appendChild(a),r.appendChild(n),r.appendChild(o),r.appendChild(s),r}i.createNode=e;function t(r,n){return r.thumbNode.contains(n)?"thumb":r.trackNode.contains(n)?"track":r.decrementNode.contains(n)?"decrement":r.incrementNode.contains(n)?"increment":null}i.findPart=t})(Hm||(Hm={}));var Xl=class extends vr{constructor(e={}){super(e),this._dirty=!1,this._items=[],this._box=null,this._hiddenMode=e.hiddenMode!==void 0?e.hiddenMode:N.HiddenMode.Display}get hiddenMode(){return this._hiddenMode}set hiddenMode(e){this._hiddenMode!==e&&(this._hiddenMode=e,this.widgets.length>1&&this.widgets.forEach(t=>{t.hiddenMode=this._hiddenMode}))}dispose(){for(let e of this._items)e.dispose();this._box=null,this._items.length=0,super.dispose()}attachWidget(e,t){this._hiddenMode===N.HiddenMode.Scale&&this._items.length>0?(this._items.length===1&&(this.widgets[0].hiddenMode=N.HiddenMode.Scale),t.hiddenMode=N.HiddenMode.Scale):t.hiddenMode=N.HiddenMode.Display,L.ArrayExt.insert(this._items,e,new Ti(t)),this.parent.isAttached&&O.sendMessage(t,N.Msg.BeforeAttach),this.parent.node.appendChild(t.node),this.parent.isAttached&&O.sendMessage(t,N.Msg.AfterAttach),this.parent.fit()}moveWidget(e,t,r){L.ArrayExt.move(this._items,e,t),this.parent.update()}detachWidget(e,t){let r=L.ArrayExt.removeAt(this._items,e);this.parent.isAttached&&O.sendMessage(t,N.Msg.BeforeDetach),this.parent.node.removeChild(t.node),this.parent.isAttached&&O.sendMessage(t,N.Msg.AfterDetach),r.widget.node.style.zIndex="",this._hiddenMode===N.HiddenMode.Scale&&(t.hiddenMode=N.HiddenMode.Display,this._items.length===1&&(this._items[0].widget.hiddenMode=N.HiddenMode.Display)),r.dispose(),this.parent.fit()}onBeforeShow(e){super.onBeforeShow(e),this.parent.update()}onBeforeAttach(e){super.onBeforeAttach(e),this.parent.fit()}onChildShown(e){this.parent.fit()}onChildHidden(e){this.parent.fit()}onResize(e){this.parent.isVisible&&this._update(e.width,e.height)}onUpdateRequest(e){this.parent.isVisible&&this._update(-1,-1)}onFitRequest(e){this.parent.isAttached&&this._fit()}_fit(){let e=0,t=0;for(let s=0,o=this._items.length;s<o;++s){let a=this._items[s];a.isHidden||(a.fit(),e=Math.max(e,a.minWidth),t=Math.max(t,a.minHeight))}let r=this._box=ee.boxSizing(this.parent.node);e+=r.horizontalSum,t+=r.verticalSum;let n=this.parent.node.style;n.minWidth=`${e}px`,n.minHeight=`${t}px`,this._dirty=!0,this.parent.parent&&O.sendMessage(this.parent.parent,N.Msg.FitRequest),this._dirty&&O.sendMessage(this.parent,N.Msg.UpdateRequest)}_update(e,t){this._dirty=!1;let r=0;for(let l=0,d=this._items.length;l<d;++l)r+=+!this._items[l].isHidden;if(r===0)return;e<0&&(e=this.parent.node.offsetWidth),t<0&&(t=this.parent.node.offsetHeight),this._box||(this._box=ee.boxSizing(this.parent.node));let n=this._box.paddingTop,s=this._box.paddingLeft,o=e-this._box.horizontalSum,a=t-this._box.verticalSum;for(let l=0,d=this._items.length;l<d;++l){let c=this._items[l];c.isHidden||(c.widget.node.style.zIndex=`${l}`,c.update(s,n,o,a))}}};var Fm;(function(i){function e(t){return t.layout||new Xl}i.createLayout=e})(Fm||(Fm={}));var qm;(function(i){function e(s){return r[s]}i.orientationFromPlacement=e;function t(s){return n[s]}i.directionFromPlacement=t;let r={top:"horizontal",left:"vertical",right:"vertical",bottom:"horizontal"},n={top:"top-to-bottom",left:"left-to-right",right:"right-to-left",bottom:"bottom-to-top"}})(qm||(qm={}));var Ai="2.0.0",oo="2.1.0";var Km="IPY_MODEL_";function Di(i,e){if(Array.isArray(i)){let t=[];for(let r of i)t.push(Di(r,e));return Promise.all(t)}else if(i instanceof Object&&typeof i!="string"){let t={};for(let[r,n]of Object.entries(i))t[r]=Di(n,e);return ni(t)}else return typeof i=="string"&&i.slice(0,10)===Km?e.get_model(i.slice(10,i.length)):Promise.resolve(i)}function Zl(i,e){if(Array.isArray(i)){let t=[];for(let r of i)t.push(Zl(r,e));return t}else{if(i instanceof ct)return`${Km}${i.model_id}`;if(i instanceof Object&&typeof i!="string"){let t={};for(let[r,n]of Object.entries(i))t[r]=Zl(n,e);return t}else return i}}var ct=class extends $m.Model{defaults(){return{_model_module:"@jupyter-widgets/base",_model_name:"WidgetModel",_model_module_version:Ai,_view_module:"@jupyter-widgets/base",_view_name:null,_view_module_version:Ai,_view_count:null}}isNew(){return!1}initialize(e,t){this._expectedEchoMsgIds=new Map,this._attrsToUpdate=new Set,super.initialize(e,t),this.widget_manager=t.widget_manager,this.model_id=t.model_id;let r=t.comm;this.views=Object.create(null),this.state_change=Promise.resolve(),this._closed=!1,this._state_lock=null,this._msg_buffer=null,this._msg_buffer_callbacks=null,this._pending_msgs=0,this._buffered_state_diff={},r?(this.comm=r,r.on_close(this._handle_comm_closed.bind(this)),r.on_msg(this._handle_comm_msg.bind(this)),this.comm_live=!0):this.comm_live=!1}get comm_live(){return this._comm_live}set comm_live(e){this._comm_live=e,this.trigger("comm_live_update")}send(e,t,r){if(this.comm!==void 0){let n={method:"custom",content:e};this.comm.send(n,t,{},r)}}close(e=!1){if(this._closed)return Promise.resolve();if(this._closed=!0,this.comm&&!e&&this.comm.close(),this.stopListening(),this.trigger("destroy",this),this.comm&&delete this.comm,this.views){let t=Object.keys(this.views).map(r=>this.views[r].then(n=>n.remove()));return delete this.views,Promise.all(t).then(()=>{})}return Promise.resolve()}_handle_comm_closed(e){this.trigger("comm:close"),this.close(!0)}_handle_comm_msg(e){let t=e.content.data,r=t.method;switch(r){case"update":case"echo_update":return this.state_change=this.state_change.then(()=>{var n,s,o;let a=t.state,l=(n=t.buffer_paths)!==null&&n!==void 0?n:[],d=(o=(s=e.buffers)===null||s===void 0?void 0:s.slice(0,l.length))!==null&&o!==void 0?o:[];if(Ft(a,l,d),e.parent_header&&r==="echo_update"){let c=e.parent_header.msg_id;Object.keys(a).filter(f=>this._expectedEchoMsgIds.has(f)).forEach(f=>{this._expectedEchoMsgIds.get(f)!==c?delete a[f]:(this._expectedEchoMsgIds.delete(f),this._msg_buffer!==null&&Object.prototype.hasOwnProperty.call(this._msg_buffer,f)&&delete a[f])})}return this.constructor._deserialize_state(a,this.widget_manager)}).then(n=>{this.set_state(n)}).catch(pt(`Could not process update msg for model id: ${this.model_id}`,!0)),this.state_change;case"custom":return this.trigger("msg:custom",t.content,e.buffers),Promise.resolve()}return Promise.resolve()}set_state(e){this._state_lock=e;try{this.set(e)}catch(t){console.error(`Error setting state: ${t instanceof Error?t.message:t}`)}finally{this._state_lock=null}}get_state(e){let t=this.attributes;if(e){let r=this.defaults,n=typeof r=="function"?r.call(this):r,s={};return Object.keys(t).forEach(o=>{Hi(t[o],n[o])||(s[o]=t[o])}),s}else return Object.assign({},t)}_handle_status(e){if(this.comm!==void 0&&e.content.execution_state==="idle"&&(this._pending_msgs--,this._pending_msgs<0&&(console.error(`Jupyter Widgets message throttle: Pending messages < 0 (=${this._pending_msgs}), which is unexpected. Resetting to 0 to continue.`),this._pending_msgs=0),this._msg_buffer!==null&&this._pending_msgs<1)){let t=this.send_sync_message(this._msg_buffer,this._msg_buffer_callbacks);this.rememberLastUpdateFor(t),this._msg_buffer=null,this._msg_buffer_callbacks=null}}callbacks(e){return this.widget_manager.callbacks(e)}set(e,t,r){let n=Gh.call(this,e,t,r);if(this._buffered_state_diff!==void 0){let s=this.changedAttributes()||{};if(this._state_lock)for(let o of Object.keys(this._state_lock))s[o]===this._state_lock[o]&&delete s[o];if(this._buffered_state_diff_synced)for(let o of Object.keys(this._buffered_state_diff_synced))s[o]===this._buffered_state_diff_synced[o]&&delete s[o];this._buffered_state_diff=mt(this._buffered_state_diff,s)}return this._changing===!1&&(this._buffered_state_diff_synced={}),n}sync(e,t,r={}){if(this.comm===void 0)throw"Syncing error: no comm channel defined";let n=e==="patch"?r.attrs:t.get_state(r.drop_defaults);if(this._state_lock)for(let o of Object.keys(this._state_lock))n[o]===this._state_lock[o]&&delete n[o];Object.keys(n).forEach(o=>{this._attrsToUpdate.add(o)});let s=this.serialize(n);if(Object.keys(s).length>0){let o=r.callbacks||this.callbacks();if(this._pending_msgs>=1){switch(e){case"patch":this._msg_buffer=mt(this._msg_buffer||{},s);break;case"update":case"create":this._msg_buffer=s;break;default:throw"unrecognized syncing method"}this._msg_buffer_callbacks=o}else{let a=this.send_sync_message(n,o);this.rememberLastUpdateFor(a)}}}rememberLastUpdateFor(e){this._attrsToUpdate.forEach(t=>{this._expectedEchoMsgIds.set(t,e)}),this._attrsToUpdate=new Set}serialize(e){let t=this.constructor.serializers||Vm.JSONExt.emptyObject;for(let r of Object.keys(e))try{t[r]&&t[r].serialize?e[r]=t[r].serialize(e[r],this):e[r]=JSON.parse(JSON.stringify(e[r])),e[r]&&e[r].toJSON&&(e[r]=e[r].toJSON())}catch(n){throw console.error("Error serializing widget state attribute: ",r),n}return e}send_sync_message(e,t={}){if(!this.comm)return"";try{t={shell:Object.assign({},t.shell),iopub:Object.assign({},t.iopub),input:t.input};let r=t.iopub.status;t.iopub.status=o=>{this._handle_status(o),r&&r(o)};let n=Pr(e),s=this.comm.send({method:"update",state:n.state,buffer_paths:n.buffer_paths},t,{},n.buffers);return this._pending_msgs++,s}catch(r){console.error("Could not send widget sync message",r)}return""}save_changes(e){if(this.comm_live){let t={patch:!0};e&&(t.callbacks=e),this.save(this._buffered_state_diff,t),this._changing&&mt(this._buffered_state_diff_synced,this._buffered_state_diff),this._buffered_state_diff={}}}on_some_change(e,t,r){this.on("change",(...n)=>{e.some(this.hasChanged,this)&&t.apply(r,n)},this)}toJSON(e){return`IPY_MODEL_${this.model_id}`}static _deserialize_state(e,t){let r=this.serializers,n;if(r){n={};for(let s in e)r[s]&&r[s].deserialize?n[s]=r[s].deserialize(e[s],t):n[s]=e[s]}else n=e;return ni(n)}},yt=class extends ct{defaults(){return mt(super.defaults(),{_dom_classes:[],tabbable:null,tooltip:null})}};yt.serializers=Object.assign(Object.assign({},ct.serializers),{layout:{deserialize:Di},style:{deserialize:Di}});var ei=class extends Gs{constructor(e){super(e)}initialize(e){this.listenTo(this.model,"change",(t,r)=>{let n=Object.keys(this.model.changedAttributes()||{});n[0]==="_view_count"&&n.length===1||this.update(r)}),this.options=e.options,this.once("remove",()=>{typeof this.model.get("_view_count")=="number"&&(this.model.set("_view_count",this.model.get("_view_count")-1),this.model.save_changes())}),this.once("displayed",()=>{typeof this.model.get("_view_count")=="number"&&(this.model.set("_view_count",this.model.get("_view_count")+1),this.model.save_changes())}),this.displayed=new Promise((t,r)=>{this.once("displayed",t),this.model.on("msg:custom",this.handle_message.bind(this))})}handle_message(e){e.do==="focus"?this.el.focus():e.do==="blur"&&this.el.blur()}update(e){}render(){}create_child_view(e,t={}){return t=Object.assign({parent:this},t),this.model.widget_manager.create_view(e,t).catch(pt("Could not create child view",!0))}callbacks(){return this.model.callbacks(this)}send(e,t){this.model.send(e,this.callbacks(),t)}touch(){this.model.save_changes(this.callbacks())}remove(){return super.remove(),this.trigger("remove"),this}},yn=class extends N{constructor(e){let t=e.view;delete e.view,super(e),this._view=t}dispose(){this.isDisposed||(super.dispose(),this._view.remove(),this._view=null)}processMessage(e){super.processMessage(e),this._view.processLuminoMessage(e)}},gw=yn,xr=class extends yr{constructor(e){let t=e.view;delete e.view,super(e),this._view=t}processMessage(e){super.processMessage(e),this._view.processLuminoMessage(e)}dispose(){var e;this.isDisposed||(super.dispose(),(e=this._view)===null||e===void 0||e.remove(),this._view=null)}},_w=xr,Qe=class extends ei{initialize(e){super.initialize(e),this.listenTo(this.model,"change:_dom_classes",(t,r)=>{let n=t.previous("_dom_classes");this.update_classes(n,r)}),this.layoutPromise=Promise.resolve(),this.listenTo(this.model,"change:layout",(t,r)=>{this.setLayout(r,t.previous("layout"))}),this.stylePromise=Promise.resolve(),this.listenTo(this.model,"change:style",(t,r)=>{this.setStyle(r,t.previous("style"))}),this.displayed.then(()=>{this.update_classes([],this.model.get("_dom_classes")),this.setLayout(this.model.get("layout")),this.setStyle(this.model.get("style"))}),this._comm_live_update(),this.listenTo(this.model,"comm_live_update",()=>{this._comm_live_update()}),this.listenTo(this.model,"change:tooltip",this.updateTooltip),this.updateTooltip()}setLayout(e,t){e&&(this.layoutPromise=this.layoutPromise.then(r=>(r&&(r.unlayout(),this.stopListening(r.model),r.remove()),this.create_child_view(e).then(n=>this.displayed.then(()=>(n.trigger("displayed"),this.listenTo(n.model,"change",()=>{O.postMessage(this.luminoWidget,N.ResizeMessage.UnknownSize)}),O.postMessage(this.luminoWidget,N.ResizeMessage.UnknownSize),this.trigger("layout-changed"),n))).catch(pt("Could not add LayoutView to DOMWidgetView",!0)))))}setStyle(e,t){e&&(this.stylePromise=this.stylePromise.then(r=>(r&&(r.unstyle(),this.stopListening(r.model),r.remove()),this.create_child_view(e).then(n=>this.displayed.then(()=>(n.trigger("displayed"),this.trigger("style-changed"),n))).catch(pt("Could not add styleView to DOMWidgetView",!0)))))}updateTooltip(){let e=this.model.get("tooltip");e?this.model.get("description").length===0&&this.el.setAttribute("title",e):this.el.removeAttribute("title")}update_classes(e,t,r){r===void 0&&(r=this.el),qn(e,t).map(function(n){r.classList?r.classList.remove(n):r.setAttribute("class",r.getAttribute("class").replace(n,""))}),qn(t,e).map(function(n){r.classList?r.classList.add(n):r.setAttribute("class",r.getAttribute("class").concat(" ",n))})}update_mapped_classes(e,t,r){let n=this.model.previous(t),s=e[n]?e[n]:[];n=this.model.get(t);let o=e[n]?e[n]:[];this.update_classes(s,o,r||this.el)}set_mapped_classes(e,t,r){let n=this.model.get(t),s=e[n]?e[n]:[];this.update_classes([],s,r||this.el)}_setElement(e){this.luminoWidget&&this.luminoWidget.dispose(),this.$el=e instanceof Jl.default?e:(0,Jl.default)(e),this.el=this.$el[0],this.luminoWidget=new yn({node:e,view:this})}remove(){return this.luminoWidget&&this.luminoWidget.dispose(),super.remove()}processPhosphorMessage(e){this.processLuminoMessage(e)}processLuminoMessage(e){switch(e.type){case"after-attach":this.trigger("displayed");break;case"show":this.trigger("shown");break}}_comm_live_update(){this.model.comm_live?this.luminoWidget.removeClass("jupyter-widgets-disconnected"):this.luminoWidget.addClass("jupyter-widgets-disconnected")}updateTabindex(){let e=this.model.get("tabbable");e===!0?this.el.setAttribute("tabIndex","0"):e===!1?this.el.setAttribute("tabIndex","-1"):e===null&&this.el.removeAttribute("tabIndex")}get pWidget(){return this.luminoWidget}set pWidget(e){this.luminoWidget=e}};var Ym={align_content:null,align_items:null,align_self:null,border_top:null,border_right:null,border_bottom:null,border_left:null,bottom:null,display:null,flex:null,flex_flow:null,height:null,justify_content:null,justify_items:null,left:null,margin:null,max_height:null,max_width:null,min_height:null,min_width:null,overflow:null,order:null,padding:null,right:null,top:null,visibility:null,width:null,object_fit:null,object_position:null,grid_auto_columns:null,grid_auto_flow:null,grid_auto_rows:null,grid_gap:null,grid_template_rows:null,grid_template_columns:null,grid_template_areas:null,grid_row:null,grid_column:null,grid_area:null},Ql=class extends ct{defaults(){return mt(super.defaults(),{_model_name:"LayoutModel",_view_name:"LayoutView"},Ym)}},ed=class extends ei{initialize(e){this._traitNames=[],super.initialize(e);for(let t of Object.keys(Ym))this.registerTrait(t)}registerTrait(e){this._traitNames.push(e),this.listenTo(this.model,"change:"+e,(t,r)=>{this.handleChange(e,r)}),this.handleChange(e,this.model.get(e))}css_name(e){return e.replace(/_/g,"-")}handleChange(e,t){let r=this.options.parent;r?t===null?r.el.style.removeProperty(this.css_name(e)):r.el.style.setProperty(this.css_name(e),t):console.warn("Style not applied because a parent view does not exist")}unlayout(){let e=this.options.parent;this._traitNames.forEach(t=>{e?e.el.style.removeProperty(this.css_name(t)):console.warn("Style not removed because a parent view does not exist")},this)}};var ti=class extends ct{defaults(){let e=this.constructor;return mt(super.defaults(),{_model_name:"StyleModel",_view_name:"StyleView"},Object.keys(e.styleProperties).reduce((t,r)=>(t[r]=e.styleProperties[r].default,t),{}))}};ti.styleProperties={};var td=class extends ei{initialize(e){this._traitNames=[],super.initialize(e);let t=this.model.constructor;for(let r of Object.keys(t.styleProperties))this.registerTrait(r);this.style()}registerTrait(e){this._traitNames.push(e),this.listenTo(this.model,"change:"+e,(t,r)=>{this.handleChange(e,r)})}handleChange(e,t){let r=this.options.parent;if(r){let s=this.model.constructor.styleProperties,o=s[e].attribute,a=s[e].selector,l=a?r.el.querySelectorAll(a):[r.el];if(t===null)for(let d=0;d!==l.length;++d)l[d].style.removeProperty(o);else for(let d=0;d!==l.length;++d)l[d].style.setProperty(o,t)}else console.warn("Style not applied because a parent view does not exist")}style(){for(let e of this._traitNames)this.handleChange(e,this.model.get(e))}unstyle(){let e=this.options.parent,r=this.model.constructor.styleProperties;this._traitNames.forEach(n=>{if(e){let s=r[n].attribute,o=r[n].selector,a=o?e.el.querySelectorAll(o):[e.el];for(let l=0;l!==a.length;++l)a[l].style.removeProperty(s)}else console.warn("Style not removed because a parent view does not exist")},this)}};var id;(function(i){let e;(function(t){class r{constructor(o){this.targets=Object.create(null),this.comms=Object.create(null),this.init_kernel(o)}init_kernel(o){this.kernel=o,this.jsServicesKernel=o}async new_comm(o,a,l,d,c,h){let f=this.jsServicesKernel.createComm(o,c),p=new n(f);return this.register_comm(p),p.open(a,l,d,h),p}register_target(o,a){let l=this.jsServicesKernel.registerCommTarget(o,(d,c)=>{let h=new n(d);this.register_comm(h);try{return a(h,c)}catch(f){h.close(),console.error(f),console.error(new Error("Exception opening new comm"))}});this.targets[o]=l}unregister_target(o,a){this.targets[o].dispose(),delete this.targets[o]}register_comm(o){return this.comms[o.comm_id]=Promise.resolve(o),o.kernel=this.kernel,o.comm_id}}t.CommManager=r;class n{constructor(o){this.jsServicesComm=o}get comm_id(){return this.jsServicesComm.commId}get target_name(){return this.jsServicesComm.targetName}open(o,a,l,d){let c=this.jsServicesComm.open(o,l,d);return this._hookupCallbacks(c,a),c.msg.header.msg_id}send(o,a,l,d){let c=this.jsServicesComm.send(o,l,d);return this._hookupCallbacks(c,a),c.msg.header.msg_id}close(o,a,l,d){let c=this.jsServicesComm.close(o,l,d);return this._hookupCallbacks(c,a),c.msg.header.msg_id}on_msg(o){this.jsServicesComm.onMsg=o.bind(this)}on_close(o){this.jsServicesComm.onClose=o.bind(this)}_hookupCallbacks(o,a){a&&(o.onReply=function(l){a.shell&&a.shell.reply&&a.shell.reply(l)},o.onStdin=function(l){a.input&&a.input(l)},o.onIOPub=function(l){if(a.iopub){if(a.iopub.status&&l.header.msg_type==="status")a.iopub.status(l);else if(a.iopub.clear_output&&l.header.msg_type==="clear_output")a.iopub.clear_output(l);else if(a.iopub.output)switch(l.header.msg_type){case"display_data":case"execute_result":case"stream":case"error":a.iopub.output(l);break;default:break}}})}}t.Comm=n})(e=i.services||(i.services={}))})(id||(id={}));var wn=class{constructor(e,t,r){this.initialize(e,t,r)}initialize(e,t,r){this._handler_context=r||this,this._models=[],this.views=[],this._create_view=e,this._remove_view=t||function(n){n.remove()}}update(e,t,r,n){let s=r||this._remove_view,o=t||this._create_view;n=n||this._handler_context;let a=0;for(;a<e.length&&!(a>=this._models.length||e[a]!==this._models[a]);a++);let l=a,d=this.views.splice(l,this.views.length-l);for(let c=0;c<d.length;c++)d[c].then(function(h){s.call(n,h)});for(;a<e.length;a++)this.views.push(Promise.resolve(o.call(n,e[a],a)));return this._models=e.slice(),Promise.all(this.views)}remove(){return Promise.all(this.views).then(e=>{e.forEach(t=>this._remove_view.call(this._handler_context,t)),this.views=[],this._models=[]})}dispose(){this.views=null,this._models=null}};var Gm=me(Et()),bw=new Gm.Token("jupyter.extensions.jupyterWidgetRegistry");function xn(i,e){class t extends yt{constructor(n,s){n=Object.assign(Object.assign({},n),{_view_name:"ErrorWidgetView",_view_module:"@jupyter-widgets/base",_model_module_version:Ai,_view_module_version:Ai,msg:e,error:i}),super(n,s),this.comm_live=!0}}return t}var Er=class extends Qe{generateErrorMessage(){return{msg:this.model.get("msg"),stack:String(this.model.get("error").stack)}}render(){let{msg:e,stack:t}=this.generateErrorMessage();this.el.classList.add("jupyter-widgets");let r=document.createElement("div");r.classList.add("jupyter-widgets-error-widget","icon-error"),r.innerHTML=Wn;let n=document.createElement("pre");n.style.textAlign="center",n.innerText="Click to show javascript error.",r.append(n),this.el.appendChild(r);let s,o;this.el.onclick=()=>{r.classList.contains("icon-error")&&(o=o||r.clientHeight,s=s||r.clientWidth,r.classList.remove("icon-error"),r.innerHTML=`
        <pre>[Open Browser Console for more detailed log - Double click to close this message]
${e}
${t}</pre>
        `,r.style.height=`${o}px`,r.style.width=`${s}px`,r.classList.add("text-error"))},this.el.ondblclick=()=>{r.classList.contains("text-error")&&(r.classList.remove("text-error"),r.innerHTML=Wn,r.append(n),r.classList.add("icon-error"))}}};function rd(i,e){return class extends Er{generateErrorMessage(){return{msg:e,stack:String(i instanceof Error?i.stack:i)}}}}var sp=me(Et());var uo=me(Zm());function Qm(i){let e=new Uint8Array(i.length/2);for(let t=0;t<i.length;t+=2)e[t/2]=parseInt(i.slice(t,t+2),16);return e.buffer}function ep(i){return(0,uo.fromByteArray)(new Uint8Array(i))}function tp(i){return(0,uo.toByteArray)(i).buffer}var Aw=/(\$\$?|\\(?:begin|end)\{[a-z]*\*?\}|\\[{}$]|[{}]|(?:\n\s*)+|@@\d+@@|\\\\(?:\(|\)|\[|\]))/i;function ip(i){let e=[],t=null,r=null,n=null,s=0,o;/`/.test(i)?(i=i.replace(/~/g,"~T").replace(/(^|[^\\])(`+)([^\n]*?[^`\n])\2(?!`)/gm,d=>d.replace(/\$/g,"~D")),o=d=>d.replace(/~([TD])/g,(c,h)=>h==="T"?"~":"$")):o=d=>d;let l=i.replace(/\r\n?/g,`
`).split(Aw);for(let d=1,c=l.length;d<c;d+=2){let h=l[d];h.charAt(0)==="@"?(l[d]="@@"+e.length+"@@",e.push(h)):t!==null?h===r?s?n=d:(l=sd(t,d,o,e,l),t=null,r=null,n=null):h.match(/\n.*\n/)?(n!==null&&(d=n,l=sd(t,d,o,e,l)),t=null,r=null,n=null,s=0):h==="{"?s++:h==="}"&&s&&s--:h==="$"||h==="$$"?(t=d,r=h,s=0):h==="\\\\("||h==="\\\\["?(t=d,r=h.slice(-1)==="("?"\\\\)":"\\\\]",s=0):h.substr(1,5)==="begin"&&(t=d,r="\\end"+h.substr(6),s=0)}return t!==null&&n!==null&&(l=sd(t,n,o,e,l),t=null,r=null,n=null),{text:o(l.join("")),math:e}}function rp(i,e){let t=(r,n)=>{let s=e[n];return s.substr(0,3)==="\\\\("&&s.substr(s.length-3)==="\\\\)"?s="\\("+s.substring(3,s.length-3)+"\\)":s.substr(0,3)==="\\\\["&&s.substr(s.length-3)==="\\\\]"&&(s="\\["+s.substring(3,s.length-3)+"\\]"),s};return i.replace(/@@(\d+)@@/g,t)}function sd(i,e,t,r,n){let s=n.slice(i,e+1).join("").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;");for(navigator&&navigator.appName==="Microsoft Internet Explorer"&&(s=s.replace(/(%[^\n]*)\n/g,`$1<br/>
`));e>i;)n[e]="",e--;return n[i]="@@"+r.length+"@@",t&&(s=t(s)),r.push(s),n}function od(i){return String(i).replace(/[&<>"']/g,e=>`&#${e.charCodeAt(0)};`)}var np=oo.split(".",1)[0],Dw="jupyter.widget.control",Sw="1.0.0",Mw=4e3;function Iw(i){return od(i,{allowedTags:["a","abbr","b","code","em","i","img","li","ol","span","strong","ul"],allowedAttributes:{"*":["aria-*","class","style","title"],a:["href"],img:["src"],style:["media","type"]}})}var co=class{constructor(){this.comm_target_name="jupyter.widget",this._models=Object.create(null)}setViewOptions(e={}){return e}create_view(e,t={}){let r=tt(),n=e.state_change=e.state_change.then(async()=>{let s=e.get("_view_name"),o=e.get("_view_module");try{let a=await this.loadViewClass(s,o,e.get("_view_module_version")),l=new a({model:e,options:this.setViewOptions(t)});return l.listenTo(e,"destroy",l.remove),await l.render(),l.once("remove",()=>{e.views&&delete e.views[r]}),l}catch(a){console.error(`Could not create a view for model id ${e.model_id}`);let l=`Failed to create view for '${s}' from module '${o}' with model '${e.name}' from module '${e.module}'`,d=xn(a,l),c=new d,h=new Er({model:c,options:this.setViewOptions(t)});return await h.render(),h}});return e.views&&(e.views[r]=n),n}callbacks(e){return{}}async get_model(e){let t=this._models[e];if(t===void 0){let s=Date.now();for(;Date.now()-s<2e3;){if(t=this._models[e],t!==void 0)return t;await new Promise(o=>setTimeout(o,100))}throw new Error("widget model not found")}return t}has_model(e){return this._models[e]!==void 0}handle_comm_open(e,t){let r=(t.metadata||{}).version||"";if(r.split(".",1)[0]!==np){let a=`Wrong widget protocol version: received protocol version '${r}', but was expecting major version '${np}'`;return console.error(a),Promise.reject(a)}let n=t.content.data,s=n.buffer_paths||[],o=t.buffers||[];return Ft(n.state,s,o),this.new_model({model_name:n.state._model_name,model_module:n.state._model_module,model_module_version:n.state._model_module_version,comm:e},n.state).catch(pt("Could not create a model.",!0))}new_widget(e,t={}){let r;if(e.view_name===void 0||e.view_module===void 0||e.view_module_version===void 0)return Promise.reject("new_widget(...) must be given view information in the options.");e.comm?r=Promise.resolve(e.comm):r=this._create_comm(this.comm_target_name,e.model_id,{state:{_model_module:e.model_module,_model_module_version:e.model_module_version,_model_name:e.model_name,_view_module:e.view_module,_view_module_version:e.view_module_version,_view_name:e.view_name}},{version:oo});let n=Object.assign({},e);return r.then(s=>(n.comm=s,this.new_model(n,t).then(a=>(a.sync("create",a),a))),()=>(n.model_id||(n.model_id=tt()),this.new_model(n,t)))}register_model(e,t){this._models[e]=t,t.then(r=>{r.once("comm:close",()=>{delete this._models[e]})})}async new_model(e,t={}){var r,n;let s=(r=e.model_id)!==null&&r!==void 0?r:(n=e.comm)===null||n===void 0?void 0:n.comm_id;if(!s)throw new Error("Neither comm nor model_id provided in options object. At least one must exist.");e.model_id=s;let o=this._make_model(e,t);return this.register_model(s,o),await o}async _loadFromKernel(){let e,t;try{let a=await this._create_comm(Dw,tt(),{},{version:Sw});await new Promise((l,d)=>{a.on_msg(c=>{if(e=c.content.data,e.method!=="update_states"){console.warn(`
              Unknown ${e.method} message on the Control channel
            `);return}t=(c.buffers||[]).map(h=>h instanceof DataView?h:new DataView(h instanceof ArrayBuffer?h:h.buffer)),l(null)}),a.on_close(()=>d("Control comm was closed too early")),a.send({method:"request_states"},{}),setTimeout(()=>d("Control comm did not respond in time"),Mw)}),a.close()}catch{return this._loadFromKernelModels()}let r=e.states,n={},s={};for(let a=0;a<e.buffer_paths.length;a++){let[l,...d]=e.buffer_paths[a],c=t[a];n[l]||(n[l]=[],s[l]=[]),n[l].push(d),s[l].push(c)}let o=await Promise.all(Object.keys(r).map(async a=>{let l=this.has_model(a)?void 0:await this._create_comm("jupyter.widget",a);return{widget_id:a,comm:l}}));await Promise.all(o.map(async({widget_id:a,comm:l})=>{let d=r[a];a in n&&Ft(d,n[a],s[a]);try{if(l)await this.new_model({model_name:d.model_name,model_module:d.model_module,model_module_version:d.model_module_version,model_id:a,comm:l},d.state);else{let c=await this.get_model(a),h=await c.constructor._deserialize_state(d.state,this);c.set_state(h)}}catch(c){console.error(c)}}))}async _loadFromKernelModels(){let e=await this._get_comm_info(),t=await Promise.all(Object.keys(e).map(async r=>{if(this.has_model(r))return;let n=await this._create_comm(this.comm_target_name,r),s="",o=new sp.PromiseDelegate;return n.on_msg(a=>{if(a.parent_header.msg_id===s&&a.header.msg_type==="comm_msg"&&a.content.data.method==="update"){let l=a.content.data,d=l.buffer_paths||[],c=a.buffers||[];Ft(l.state,d,c),o.resolve({comm:n,msg:a})}}),s=n.send({method:"request_state"},this.callbacks(void 0)),o.promise}));await Promise.all(t.map(async r=>{if(!r)return;let n=r.msg.content;await this.new_model({model_name:n.data.state._model_name,model_module:n.data.state._model_module,model_module_version:n.data.state._model_module_version,comm:r.comm},n.data.state)}))}async _make_model(e,t={}){let r=e.model_id,n=this.loadModelClass(e.model_name,e.model_module,e.model_module_version),s,o=(l,d)=>{let c=xn(l,d);return new c};try{s=await n}catch(l){let d="Could not instantiate widget";return console.error(d),o(l,d)}if(!s){let l="Could not instantiate widget";console.error(l);let d=new Error(`Cannot find model module ${e.model_module}@${e.model_module_version}, ${e.model_name}`);return o(d,l)}let a;try{let l=await s._deserialize_state(t,this),d={widget_manager:this,model_id:r,comm:e.comm};a=new s(l,d)}catch(l){console.error(l);let d=`Model class '${e.model_name}' from module '${e.model_module}' is loaded but can not be instantiated`;a=o(l,d)}return a.name=e.model_name,a.module=e.model_module,a}clear_state(){return ni(this._models).then(e=>{Object.keys(e).forEach(t=>e[t].close()),this._models=Object.create(null)})}get_state(e={}){let t=Object.keys(this._models).map(r=>this._models[r]);return Promise.all(t).then(r=>jw(r,e))}set_state(e){if(!(e.version_major&&e.version_major<=2))throw"Unsupported widget state format";let t=e.state;return this._get_comm_info().then(n=>Promise.all(Object.keys(t).map(s=>{let o={base64:tp,hex:Qm},a=t[s],l=a.state;if(a.buffers){let c=a.buffers.map(f=>f.path),h=a.buffers.map(f=>new DataView(o[f.encoding](f.data)));Ft(a.state,c,h)}if(this.has_model(s))return this.get_model(s).then(c=>c.constructor._deserialize_state(l||{},this).then(h=>(c.set_state(h),c)));let d={model_id:s,model_name:a.model_name,model_module:a.model_module,model_module_version:a.model_module_version};return Object.prototype.hasOwnProperty.call(n,"model_id")?this._create_comm(this.comm_target_name,s).then(c=>(d.comm=c,this.new_model(d))):this.new_model(d,l)})))}disconnect(){Object.keys(this._models).forEach(e=>{this._models[e].then(t=>{t.comm_live=!1})})}resolveUrl(e){return Promise.resolve(e)}inline_sanitize(e){let t=ip(e),r=Iw(t.text);return rp(r,t.math)}async loadModelClass(e,t,r){try{let n=this.loadClass(e,t,r);return await n,n}catch(n){console.error(n);let s=`Failed to load model class '${e}' from module '${t}'`;return xn(n,s)}}async loadViewClass(e,t,r){try{let n=this.loadClass(e,t,r);return await n,n}catch(n){console.error(n);let s=`Failed to load view class '${e}' from module '${t}'`;return rd(n,s)}}filterExistingModelState(e){let t=e.state;return t=Object.keys(t).filter(r=>!this.has_model(r)).reduce((r,n)=>(r[n]=t[n],r),{}),Object.assign(Object.assign({},e),{state:t})}};function jw(i,e={}){let t={};return i.forEach(r=>{let n=r.model_id,s=Pr(r.serialize(r.get_state(e.drop_defaults))),o=s.buffers.map((a,l)=>({data:ep(a),path:s.buffer_paths[l],encoding:"base64"}));t[n]={model_name:r.name,model_module:r.module,model_module_version:r.get("_model_module_version"),state:s.state},o.length>0&&(t[n].buffers=o)}),{version_major:2,version_minor:0,state:t}}function op(i,e){e!==void 0&&(i.textContent=e),window.MathJax!==void 0&&MathJax.Hub.Queue(["Typeset",MathJax.Hub,i])}function ap(i){let e=document.createElement("div");return e.textContent=i,e.innerHTML}var De="2.0.0";var xe=class extends ti{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"DescriptionStyleModel",_model_module:"@jupyter-widgets/controls",_model_module_version:De})}};xe.styleProperties={description_width:{selector:".widget-label",attribute:"width",default:null}};var ho=class extends yt{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"DescriptionModel",_view_name:"DescriptionView",_view_module:"@jupyter-widgets/controls",_model_module:"@jupyter-widgets/controls",_view_module_version:De,_model_module_version:De,description:"",description_allow_html:!1})}},xt=class extends Qe{render(){this.label=document.createElement("label"),this.el.appendChild(this.label),this.label.className="widget-label",this.label.style.display="none",this.listenTo(this.model,"change:description",this.updateDescription),this.listenTo(this.model,"change:description_allow_html",this.updateDescription),this.listenTo(this.model,"change:tabbable",this.updateTabindex),this.updateDescription(),this.updateTabindex(),this.updateTooltip()}typeset(e,t){this.displayed.then(()=>{var r;let s=(r=this.model.widget_manager._rendermime)===null||r===void 0?void 0:r.latexTypesetter;if(s)t!==void 0&&(e.textContent=t),s.typeset(e);else return op(e,t)})}updateDescription(){let e=this.model.get("description");e.length===0?this.label.style.display="none":(this.model.get("description_allow_html")?this.label.innerHTML=this.model.widget_manager.inline_sanitize(e):this.label.textContent=e,this.typeset(this.label),this.label.style.display="")}updateTooltip(){this.label&&(this.label.title=this.model.get("tooltip"))}};var Mi=class extends yt{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"CoreDOMWidgetModel",_view_module:"@jupyter-widgets/controls",_model_module:"@jupyter-widgets/controls",_view_module_version:De,_model_module_version:De})}},Ot=class extends ho{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"CoreDescriptionModel",_view_module:"@jupyter-widgets/controls",_model_module:"@jupyter-widgets/controls",_view_module_version:De,_model_module_version:De})}};var lp=me(Ht());var dp=me(Ys()),Ii=class extends Mi{defaults(){return Object.assign(Object.assign({},super.defaults()),{_view_name:"BoxView",_model_name:"BoxModel",children:[],box_style:""})}};Ii.serializers=Object.assign(Object.assign({},Mi.serializers),{children:{deserialize:Di}});var fo=class extends Ii{defaults(){return Object.assign(Object.assign({},super.defaults()),{_view_name:"HBoxView",_model_name:"HBoxModel"})}},mo=class extends Ii{defaults(){return Object.assign(Object.assign({},super.defaults()),{_view_name:"VBoxView",_model_name:"VBoxModel"})}},ji=class i extends Qe{_createElement(e){return this.luminoWidget=new xr({view:this}),this.luminoWidget.node}_setElement(e){if(this.el||e!==this.luminoWidget.node)throw new Error("Cannot reset the DOM element.");this.el=this.luminoWidget.node,this.$el=(0,dp.default)(this.luminoWidget.node)}initialize(e){super.initialize(e),this.children_views=new wn(this.add_child_model,null,this),this.listenTo(this.model,"change:children",this.update_children),this.listenTo(this.model,"change:box_style",this.update_box_style),this.luminoWidget.addClass("jupyter-widgets"),this.luminoWidget.addClass("widget-container"),this.luminoWidget.addClass("widget-box")}render(){super.render(),this.update_children(),this.set_box_style()}update_children(){var e;(e=this.children_views)===null||e===void 0||e.update(this.model.get("children")).then(t=>{t.forEach(r=>{O.postMessage(r.luminoWidget,N.ResizeMessage.UnknownSize)})})}update_box_style(){this.update_mapped_classes(i.class_map,"box_style")}set_box_style(){this.set_mapped_classes(i.class_map,"box_style")}add_child_model(e){let t=new N;return this.luminoWidget.addWidget(t),this.create_child_view(e).then(r=>{let n=lp.ArrayExt.firstIndexOf(this.luminoWidget.widgets,t);return this.luminoWidget.insertWidget(n,r.luminoWidget),t.dispose(),r}).catch(pt("Could not add child view to box",!0))}remove(){this.children_views=null,super.remove()}};ji.class_map={success:["alert","alert-success"],info:["alert","alert-info"],warning:["alert","alert-warning"],danger:["alert","alert-danger"]};var po=class extends ji{initialize(e){super.initialize(e),this.luminoWidget.addClass("widget-hbox")}},go=class extends ji{initialize(e){super.initialize(e),this.luminoWidget.addClass("widget-vbox")}};var En=class extends ti{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"ButtonStyleModel",_model_module:"@jupyter-widgets/controls",_model_module_version:De})}};En.styleProperties={button_color:{selector:"",attribute:"background-color",default:null},font_family:{selector:"",attribute:"font-family",default:""},font_size:{selector:"",attribute:"font-size",default:""},font_style:{selector:"",attribute:"font-style",default:""},font_variant:{selector:"",attribute:"font-variant",default:""},font_weight:{selector:"",attribute:"font-weight",default:""},text_color:{selector:"",attribute:"color",default:""},text_decoration:{selector:"",attribute:"text-decoration",default:""}};var _o=class extends Mi{defaults(){return Object.assign(Object.assign({},super.defaults()),{description:"",tooltip:"",disabled:!1,icon:"",button_style:"",_view_name:"ButtonView",_model_name:"ButtonModel",style:null})}},Tn=class i extends Qe{render(){super.render(),this.el.classList.add("jupyter-widgets"),this.el.classList.add("jupyter-button"),this.el.classList.add("widget-button"),this.listenTo(this.model,"change:button_style",this.update_button_style),this.listenTo(this.model,"change:tabbable",this.updateTabindex),this.set_button_style(),this.update()}update(){this.el.disabled=this.model.get("disabled"),this.updateTabindex();let e=this.model.get("tooltip"),t=this.model.get("description"),r=this.model.get("icon");if(this.el.setAttribute("title",e??t),t.length||r.length){if(this.el.textContent="",r.length){let n=document.createElement("i");n.classList.add("fa"),n.classList.add(...r.split(/[\s]+/).filter(Boolean).map(s=>`fa-${s}`)),t.length===0&&n.classList.add("center"),this.el.appendChild(n)}this.el.appendChild(document.createTextNode(t))}return super.update()}update_button_style(){this.update_mapped_classes(i.class_map,"button_style")}set_button_style(){this.set_mapped_classes(i.class_map,"button_style")}events(){return{click:"_handle_click"}}_handle_click(e){e.preventDefault(),this.send({event:"click"})}preinitialize(){this.tagName="button"}};Tn.class_map={primary:["mod-primary"],success:["mod-success"],info:["mod-info"],warning:["mod-warning"],danger:["mod-danger"]};var Cn=class extends xe{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"CheckboxStyleModel"})}};Cn.styleProperties=Object.assign(Object.assign({},xe.styleProperties),{background:{selector:"",attribute:"background",default:null}});var An=class extends xe{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"ToggleButtonStyleModel"})}};An.styleProperties=Object.assign(Object.assign({},xe.styleProperties),{font_family:{selector:"",attribute:"font-family",default:""},font_size:{selector:"",attribute:"font-size",default:""},font_style:{selector:"",attribute:"font-style",default:""},font_variant:{selector:"",attribute:"font-variant",default:""},font_weight:{selector:"",attribute:"font-weight",default:""},text_color:{selector:"",attribute:"color",default:""},text_decoration:{selector:"",attribute:"text-decoration",default:""}});var ad=class extends Ot{defaults(){return Object.assign(Object.assign({},super.defaults()),{value:!1,disabled:!1,_model_name:"BoolModel"})}},bo=class extends Ot{defaults(){return Object.assign(Object.assign({},super.defaults()),{indent:!0,style:null,_view_name:"CheckboxView",_model_name:"CheckboxModel"})}},vo=class extends xt{render(){super.render(),this.el.classList.add("jupyter-widgets"),this.el.classList.add("widget-inline-hbox"),this.el.classList.add("widget-checkbox"),this.label.innerHTML="&#8203;",this.checkboxLabel=document.createElement("label"),this.checkboxLabel.classList.add("widget-label-basic"),this.el.appendChild(this.checkboxLabel),this.checkbox=document.createElement("input"),this.checkbox.setAttribute("type","checkbox"),this.checkboxLabel.appendChild(this.checkbox),this.descriptionSpan=document.createElement("span"),this.checkboxLabel.appendChild(this.descriptionSpan),this.listenTo(this.model,"change:indent",this.updateIndent),this.listenTo(this.model,"change:tabbable",this.updateTabindex),this.update(),this.updateDescription(),this.updateIndent(),this.updateTabindex(),this.updateTooltip()}updateDescription(){if(this.checkboxLabel==null)return;let e=this.model.get("description");this.model.get("description_allow_html")?this.descriptionSpan.innerHTML=this.model.widget_manager.inline_sanitize(e):this.descriptionSpan.textContent=e,this.typeset(this.descriptionSpan),this.descriptionSpan.title=e,this.checkbox.title=e}updateIndent(){let e=this.model.get("indent");this.label.style.display=e?"":"none"}updateTabindex(){if(!this.checkbox)return;let e=this.model.get("tabbable");e===!0?this.checkbox.setAttribute("tabIndex","0"):e===!1?this.checkbox.setAttribute("tabIndex","-1"):e===null&&this.checkbox.removeAttribute("tabIndex")}updateTooltip(){if(!this.checkbox)return;let e=this.model.get("tooltip");e?this.model.get("description").length===0&&this.checkbox.setAttribute("title",e):this.checkbox.removeAttribute("title")}events(){return{'click input[type="checkbox"]':"_handle_click"}}_handle_click(){let e=this.model.get("value");this.model.set("value",!e,{updated_view:this}),this.touch()}update(e){return this.checkbox.checked=this.model.get("value"),(e===void 0||e.updated_view!=this)&&(this.checkbox.disabled=this.model.get("disabled")),super.update()}handle_message(e){e.do=="focus"?this.checkbox.focus():e.do=="blur"&&this.checkbox.blur()}},yo=class extends ad{defaults(){return Object.assign(Object.assign({},super.defaults()),{_view_name:"ToggleButtonView",_model_name:"ToggleButtonModel",tooltip:"",icon:"",button_style:"",style:null})}},Dn=class i extends Qe{render(){super.render(),this.el.classList.add("jupyter-widgets"),this.el.classList.add("jupyter-button"),this.el.classList.add("widget-toggle-button"),this.listenTo(this.model,"change:button_style",this.update_button_style),this.listenTo(this.model,"change:tabbable",this.updateTabindex),this.set_button_style(),this.update()}update_button_style(){this.update_mapped_classes(i.class_map,"button_style")}set_button_style(){this.set_mapped_classes(i.class_map,"button_style")}update(e){if(this.model.get("value")?this.el.classList.add("mod-active"):this.el.classList.remove("mod-active"),e===void 0||e.updated_view!==this){this.el.disabled=this.model.get("disabled"),this.el.setAttribute("tabbable",this.model.get("tabbable")),this.el.setAttribute("title",this.model.get("tooltip"));let t=this.model.get("description"),r=this.model.get("icon");if(t.trim().length===0&&r.trim().length===0)this.el.innerHTML="&nbsp;";else{if(this.el.textContent="",r.trim().length){let n=document.createElement("i");this.el.appendChild(n),n.classList.add("fa"),n.classList.add("fa-"+r)}this.el.appendChild(document.createTextNode(t))}}return this.updateTabindex(),super.update()}events(){return{click:"_handle_click"}}_handle_click(e){e.preventDefault();let t=this.model.get("value");this.model.set("value",!t,{updated_view:this}),this.touch()}preinitialize(){this.tagName="button"}};Dn.class_map={primary:["mod-primary"],success:["mod-success"],info:["mod-info"],warning:["mod-warning"],danger:["mod-danger"]};var kw=me(cp());var Sn=class extends Ot{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"SelectionModel",index:"",_options_labels:[],disabled:!1})}},ld=class extends xt{render(){super.render(),this.el.classList.add("jupyter-widgets"),this.el.classList.add("widget-inline-hbox")}update(){super.update(),this.listbox&&(this.listbox.disabled=this.model.get("disabled")),this.updateTabindex(),this.updateTooltip()}updateTabindex(){if(!this.listbox)return;let e=this.model.get("tabbable");e===!0?this.listbox.setAttribute("tabIndex","0"):e===!1?this.listbox.setAttribute("tabIndex","-1"):e===null&&this.listbox.removeAttribute("tabIndex")}updateTooltip(){if(!this.listbox)return;let e=this.model.get("tooltip");e?this.model.get("description").length===0&&this.listbox.setAttribute("title",e):this.listbox.removeAttribute("title")}},wo=class extends Sn{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"DropdownModel",_view_name:"DropdownView",button_style:""})}},xo=class extends ld{render(){super.render(),this.el.classList.add("widget-dropdown"),this.listbox=document.createElement("select"),this.listbox.id=this.label.htmlFor=tt(),this.el.appendChild(this.listbox),this._updateOptions(),this.update()}update(e){e?.updated_view!==this&&this.model.hasChanged("_options_labels")&&this._updateOptions();let t=this.model.get("index");return this.listbox.selectedIndex=t===null?-1:t,super.update()}_updateOptions(){this.listbox.textContent="";let e=this.model.get("_options_labels");for(let t=0;t<e.length;t++){let r=e[t],n=document.createElement("option");n.textContent=r.replace(/ /g,"\xA0"),n.setAttribute("data-value",encodeURIComponent(r)),n.value=r,this.listbox.appendChild(n)}}events(){return{"change select":"_handle_change"}}_handle_change(){this.model.set("index",this.listbox.selectedIndex===-1?null:this.listbox.selectedIndex,{updated_view:this}),this.touch()}handle_message(e){e.do==="focus"?this.listbox.focus():e.do==="blur"&&this.listbox.blur()}};var Eo=class extends Sn{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"RadioButtonsModel",_view_name:"RadioButtonsView",tooltips:[],icons:[],button_style:"",orientation:"vertical"})}},To=class extends xt{render(){super.render(),this.el.classList.add("widget-radio"),this.container=document.createElement("div"),this.el.appendChild(this.container),this.container.classList.add("widget-radio-box"),this.update()}update(e){this.model.get("orientation")==="vertical"?(this.container.classList.remove("widget-radio-box-horizontal"),this.container.classList.add("widget-radio-box-vertical")):(this.container.classList.remove("widget-radio-box-vertical"),this.container.classList.add("widget-radio-box-horizontal"));let t=this.model.get("_options_labels"),r=Array.from(this.container.querySelectorAll('input[type="radio"]')).map(s=>s.value),n=t.length!==r.length;if(!n){for(let s=0,o=t.length;s<o;++s)if(r[s]!==t[s]){n=!0;break}}return n&&(e===void 0||e.updated_view!==this)&&(this.container.textContent="",t.forEach((s,o)=>{let a=document.createElement("label");a.textContent=s,this.container.appendChild(a);let l=document.createElement("input");l.setAttribute("type","radio"),l.value=o.toString(),l.setAttribute("data-value",encodeURIComponent(s)),a.appendChild(l)})),t.forEach((s,o)=>{let a='input[data-value="'+encodeURIComponent(s)+'"]',l=this.container.querySelectorAll(a);if(l.length>0){let d=l[0];d.checked=this.model.get("index")===o,d.disabled=this.model.get("disabled")}}),setTimeout(this.adjustPadding,0,this),super.update(e)}adjustPadding(e){let t=window.getComputedStyle(e.el),r=parseInt(t.marginTop,10)+parseInt(t.marginBottom,10),n=e.label.offsetHeight+r,s=window.getComputedStyle(e.container),o=parseInt(s.marginBottom,10),a=(e.el.offsetHeight+r-o)%n,l=a===0?0:n-a;e.container.style.marginBottom=l+"px"}events(){return{'click input[type="radio"]':"_handle_click"}}_handle_click(e){let t=e.target;this.model.set("index",parseInt(t.value,10),{updated_view:this}),this.touch()}handle_message(e){if(e.do=="focus")this.container.firstElementChild.focus();else if(e.do=="blur")for(let t=0;t<this.container.children.length;t++)this.container.children[t].blur()}},Mn=class extends xe{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"ToggleButtonsStyleModel"})}};Mn.styleProperties=Object.assign(Object.assign({},xe.styleProperties),{button_width:{selector:".widget-toggle-button",attribute:"width",default:null},font_weight:{selector:".widget-toggle-button",attribute:"font-weight",default:""}});var Co=class extends Sn{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"ToggleButtonsModel",_view_name:"ToggleButtonsView"})}},Tr=class i extends xt{initialize(e){this._css_state={},super.initialize(e),this.listenTo(this.model,"change:button_style",this.update_button_style)}render(){super.render(),this.el.classList.add("widget-toggle-buttons"),this.buttongroup=document.createElement("div"),this.el.appendChild(this.buttongroup),this.update(),this.set_button_style()}update(e){let t=this.model.get("_options_labels"),r=this.model.get("icons")||[],n=this.model.previous("icons")||[],s=i.classMap[this.model.previous("button_style")]||"",o=this.model.get("tooltips")||[],a=this.model.get("disabled"),l=this.buttongroup.querySelectorAll("button"),d=Array.from(l).map(h=>h.value),c=!1;for(let h=0,f=t.length;h<f;++h)if(d[h]!==t[h]||r[h]!==n[h]){c=!0;break}return c&&(e===void 0||e.updated_view!==this)&&(this.buttongroup.textContent="",t.forEach((h,f)=>{let p;h.trim().length===0&&(!r[f]||r[f].trim().length===0)?p="&nbsp;":p=ap(h);let v=document.createElement("i"),y=document.createElement("button");r[f]&&(v.className="fa fa-"+r[f]),y.setAttribute("type","button"),y.className="widget-toggle-button jupyter-button",s&&y.classList.add(s),y.innerHTML=p,y.setAttribute("data-value",encodeURIComponent(h)),y.setAttribute("value",f.toString()),y.appendChild(v),y.disabled=a,o[f]&&y.setAttribute("title",o[f]),this.update_style_traits(y),this.buttongroup.appendChild(y)})),t.forEach((h,f)=>{let p='[data-value="'+encodeURIComponent(h)+'"]',_=this.buttongroup.querySelector(p);this.model.get("index")===f?_.classList.add("mod-active"):_.classList.remove("mod-active")}),this.stylePromise.then(function(h){h&&h.style()}),super.update(e)}update_style_traits(e){for(let t in this._css_state)if(Object.prototype.hasOwnProperty.call(this._css_state,"name")){if(t==="margin")this.buttongroup.style[t]=this._css_state[t];else if(t!=="width")if(e)e.style[t]=this._css_state[t];else{let r=this.buttongroup.querySelectorAll("button");r.length&&(r[0].style[t]=this._css_state[t])}}}update_button_style(){let e=this.buttongroup.querySelectorAll("button");for(let t=0;t<e.length;t++)this.update_mapped_classes(i.classMap,"button_style",e[t])}set_button_style(){let e=this.buttongroup.querySelectorAll("button");for(let t=0;t<e.length;t++)this.set_mapped_classes(i.classMap,"button_style",e[t])}events(){return{"click button":"_handle_click"}}_handle_click(e){let t=e.target;this.model.set("index",parseInt(t.value,10),{updated_view:this}),this.touch(),this.send({event:"click"})}};(function(i){i.classMap={primary:["mod-primary"],success:["mod-success"],info:["mod-info"],warning:["mod-warning"],danger:["mod-danger"]}})(Tr||(Tr={}));var Nt=class extends xe{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"StringStyleModel",_model_module:"@jupyter-widgets/controls",_model_module_version:De})}};Nt.styleProperties=Object.assign(Object.assign({},xe.styleProperties),{background:{selector:"",attribute:"background",default:null},font_size:{selector:"",attribute:"font-size",default:""},text_color:{selector:"",attribute:"color",default:""}});var In=class extends Nt{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"HTMLStyleModel",_model_module:"@jupyter-widgets/controls",_model_module_version:De})}};In.styleProperties=Object.assign({},Nt.styleProperties);var dd=class extends Nt{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"HTMLMathStyleModel",_model_module:"@jupyter-widgets/controls",_model_module_version:De})}};dd.styleProperties=Object.assign({},Nt.styleProperties);var ud=class extends Nt{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"LabelStyleModel",_model_module:"@jupyter-widgets/controls",_model_module_version:De})}};ud.styleProperties=Object.assign(Object.assign({},Nt.styleProperties),{font_family:{selector:"",attribute:"font-family",default:""},font_style:{selector:"",attribute:"font-style",default:""},font_variant:{selector:"",attribute:"font-variant",default:""},font_weight:{selector:"",attribute:"font-weight",default:""},text_decoration:{selector:"",attribute:"text-decoration",default:""}});var jn=class extends xe{defaults(){return Object.assign(Object.assign({},super.defaults()),{_model_name:"TextStyleModel",_model_module:"@jupyter-widgets/controls",_model_module_version:De})}};jn.styleProperties=Object.assign(Object.assign({},xe.styleProperties),{background:{selector:".widget-input",attribute:"background",default:null},font_size:{selector:".widget-input",attribute:"font-size",default:""},text_color:{selector:".widget-input",attribute:"color",default:""}});var Ao=class extends Ot{defaults(){return Object.assign(Object.assign({},super.defaults()),{value:"",disabled:!1,placeholder:"\u200B",_model_name:"StringModel"})}},Do=class extends xt{render(){super.render(),this.el.classList.add("jupyter-widgets"),this.el.classList.add("widget-inline-hbox")}},So=class extends Ao{defaults(){return Object.assign(Object.assign({},super.defaults()),{_view_name:"HTMLView",_model_name:"HTMLModel"})}},Mo=class extends Do{render(){super.render(),this.el.classList.add("widget-html"),this.content=document.createElement("div"),this.content.classList.add("widget-html-content"),this.el.appendChild(this.content),this.update()}update(){return this.content.innerHTML=this.model.get("value"),super.update()}handle_message(e){e.do==="focus"?this.content.focus():e.do==="blur"&&this.content.blur()}};var Io=class extends Ao{defaults(){return Object.assign(Object.assign({},super.defaults()),{_view_name:"TextView",_model_name:"TextModel",continuous_update:!0})}},jo=class extends Do{constructor(){super(...arguments),this.inputType="text"}render(){super.render(),this.el.classList.add("widget-text"),this.textbox=document.createElement("input"),this.textbox.setAttribute("type",this.inputType),this.textbox.id=this.label.htmlFor=tt(),this.textbox.classList.add("widget-input"),this.el.appendChild(this.textbox),this.update(),this.listenTo(this.model,"change:placeholder",(e,t,r)=>{this.update_placeholder(t)}),this.update_placeholder(),this.updateTabindex(),this.updateTooltip()}update_placeholder(e){this.textbox.setAttribute("placeholder",e||this.model.get("placeholder"))}updateTabindex(){if(!this.textbox)return;let e=this.model.get("tabbable");e===!0?this.textbox.setAttribute("tabIndex","0"):e===!1?this.textbox.setAttribute("tabIndex","-1"):e===null&&this.textbox.removeAttribute("tabIndex")}updateTooltip(){if(!this.textbox)return;let e=this.model.get("tooltip");e?this.model.get("description").length===0&&this.textbox.setAttribute("title",e):this.textbox.removeAttribute("title")}update(e){return(e===void 0||e.updated_view!==this)&&(this.textbox.value!==this.model.get("value")&&(this.textbox.value=this.model.get("value")),this.textbox.disabled=this.model.get("disabled")),super.update()}events(){return{"keydown input":"handleKeyDown","keypress input":"handleKeypress","input input":"handleChanging","change input":"handleChanged"}}handleKeyDown(e){e.stopPropagation()}handleKeypress(e){e.stopPropagation(),e.keyCode===13&&this.send({event:"submit"})}handleChanging(e){this.model.get("continuous_update")&&this.handleChanged(e)}handleChanged(e){let t=e.target;this.model.set("value",t.value,{updated_view:this}),this.touch()}handle_message(e){e.do==="focus"?this.textbox.focus():e.do==="blur"&&this.textbox.blur()}};var hp=`/* This file has code derived from Lumino CSS files, as noted below. The license for this Lumino code is:

Copyright (c) 2019 Project Jupyter Contributors
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.

3. Neither the name of the copyright holder nor the names of its
   contributors may be used to endorse or promote products derived from
   this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.


Copyright (c) 2014-2017, PhosphorJS Contributors
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

* Redistributions of source code must retain the above copyright notice, this
  list of conditions and the following disclaimer.

* Redistributions in binary form must reproduce the above copyright notice,
  this list of conditions and the following disclaimer in the documentation
  and/or other materials provided with the distribution.

* Neither the name of the copyright holder nor the names of its
  contributors may be used to endorse or promote products derived from
  this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/

/*
 * The following section is derived from https://github.com/jupyterlab/lumino/blob/23b9d075ebc5b73ab148b6ebfc20af97f85714c4/packages/widgets/style/tabbar.css 
 * We've scoped the rules so that they are consistent with exactly our code.
 */

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar {
  display: flex;
  -webkit-user-select: none;
  -moz-user-select: none;
  -ms-user-select: none;
  user-select: none;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar[data-orientation='horizontal'], /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar[data-orientation='horizontal'], /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar[data-orientation='horizontal'] {
  flex-direction: row;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar[data-orientation='vertical'], /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar[data-orientation='vertical'], /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar[data-orientation='vertical'] {
  flex-direction: column;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar > .p-TabBar-content, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar > .p-TabBar-content, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar > .lm-TabBar-content {
  margin: 0;
  padding: 0;
  display: flex;
  flex: 1 1 auto;
  list-style-type: none;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab
  > .p-TabBar[data-orientation='horizontal']
  > .p-TabBar-content,
/* </DEPRECATED> */
/* <DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
> .p-TabBar[data-orientation='horizontal']
> .p-TabBar-content,
/* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
  > .lm-TabBar[data-orientation='horizontal']
  > .lm-TabBar-content {
  flex-direction: row;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab
  > .p-TabBar[data-orientation='vertical']
  > .p-TabBar-content,
/* </DEPRECATED> */
/* <DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
> .p-TabBar[data-orientation='vertical']
> .p-TabBar-content,
/* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
  > .lm-TabBar[data-orientation='vertical']
  > .lm-TabBar-content {
  flex-direction: column;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tab, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tab, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tab {
  display: flex;
  flex-direction: row;
  box-sizing: border-box;
  overflow: hidden;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tabIcon, /* </DEPRECATED> */
/* <DEPRECATED> */ .jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tabCloseIcon, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tabIcon, /* </DEPRECATED> */
/* <DEPRECATED> */ .jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tabCloseIcon, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tabIcon,
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tabCloseIcon {
  flex: 0 0 auto;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tabLabel, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tabLabel, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tabLabel {
  flex: 1 1 auto;
  overflow: hidden;
  white-space: nowrap;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tab.p-mod-hidden, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tab.p-mod-hidden, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tab.lm-mod-hidden {
  display: none !important;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar.p-mod-dragging .p-TabBar-tab, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar.p-mod-dragging .p-TabBar-tab, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar.lm-mod-dragging .lm-TabBar-tab {
  position: relative;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab
  > .p-TabBar.p-mod-dragging[data-orientation='horizontal']
  .p-TabBar-tab,
/* </DEPRECATED> */
/* <DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
  > .p-TabBar.p-mod-dragging[data-orientation='horizontal']
  .p-TabBar-tab,
/* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
  > .lm-TabBar.lm-mod-dragging[data-orientation='horizontal']
  .lm-TabBar-tab {
  left: 0;
  transition: left 150ms ease;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab
  > .p-TabBar.p-mod-dragging[data-orientation='vertical']
  .p-TabBar-tab,
/* </DEPRECATED> */
/* <DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
> .p-TabBar.p-mod-dragging[data-orientation='vertical']
.p-TabBar-tab,
/* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
  > .lm-TabBar.lm-mod-dragging[data-orientation='vertical']
  .lm-TabBar-tab {
  top: 0;
  transition: top 150ms ease;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab
  > .p-TabBar.p-mod-dragging
  .p-TabBar-tab.p-mod-dragging,
/* </DEPRECATED> */
/* <DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
> .p-TabBar.p-mod-dragging
.p-TabBar-tab.p-mod-dragging,
/* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
  > .lm-TabBar.lm-mod-dragging
  .lm-TabBar-tab.lm-mod-dragging {
  transition: none;
}

/* End tabbar.css */
`;var fp=`/*-----------------------------------------------------------------------------
| Copyright (c) Jupyter Development Team.
| Distributed under the terms of the Modified BSD License.
|----------------------------------------------------------------------------*/

/*
This file is copied from the JupyterLab project to define default styling for
when the widget styling is compiled down to eliminate CSS variables. We make one
change - we comment out the font import below.
*/

@import './materialcolors.css';

/*
The following CSS variables define the main, public API for styling JupyterLab.
These variables should be used by all plugins wherever possible. In other
words, plugins should not define custom colors, sizes, etc unless absolutely
necessary. This enables users to change the visual theme of JupyterLab
by changing these variables.

Many variables appear in an ordered sequence (0,1,2,3). These sequences
are designed to work well together, so for example, \`--jp-border-color1\` should
be used with \`--jp-layout-color1\`. The numbers have the following meanings:

* 0: super-primary, reserved for special emphasis
* 1: primary, most important under normal situations
* 2: secondary, next most important under normal situations
* 3: tertiary, next most important under normal situations

Throughout JupyterLab, we are mostly following principles from Google's
Material Design when selecting colors. We are not, however, following
all of MD as it is not optimized for dense, information rich UIs.
*/

/*
 * Optional monospace font for input/output prompt.
 */
/* Commented out in ipywidgets since we don't need it. */
/* @import url('https://fonts.googleapis.com/css?family=Roboto+Mono'); */

/*
 * Added for compatibility with output area
 */
:root {
  --jp-icon-search: none;
  --jp-ui-select-caret: none;
}

:root {
  /* Borders

  The following variables, specify the visual styling of borders in JupyterLab.
   */

  --jp-border-width: 1px;
  --jp-border-color0: var(--md-grey-700);
  --jp-border-color1: var(--md-grey-500);
  --jp-border-color2: var(--md-grey-300);
  --jp-border-color3: var(--md-grey-100);

  /* UI Fonts

  The UI font CSS variables are used for the typography all of the JupyterLab
  user interface elements that are not directly user generated content.
  */

  --jp-ui-font-scale-factor: 1.2;
  --jp-ui-font-size0: calc(
    var(--jp-ui-font-size1) / var(--jp-ui-font-scale-factor)
  );
  --jp-ui-font-size1: 13px; /* Base font size */
  --jp-ui-font-size2: calc(
    var(--jp-ui-font-size1) * var(--jp-ui-font-scale-factor)
  );
  --jp-ui-font-size3: calc(
    var(--jp-ui-font-size2) * var(--jp-ui-font-scale-factor)
  );
  --jp-ui-icon-font-size: 14px; /* Ensures px perfect FontAwesome icons */
  --jp-ui-font-family: 'Helvetica Neue', Helvetica, Arial, sans-serif;

  /* Use these font colors against the corresponding main layout colors.
     In a light theme, these go from dark to light.
  */

  --jp-ui-font-color0: rgba(0, 0, 0, 1);
  --jp-ui-font-color1: rgba(0, 0, 0, 0.8);
  --jp-ui-font-color2: rgba(0, 0, 0, 0.5);
  --jp-ui-font-color3: rgba(0, 0, 0, 0.3);

  /* Use these against the brand/accent/warn/error colors.
     These will typically go from light to darker, in both a dark and light theme
   */

  --jp-ui-inverse-font-color0: rgba(255, 255, 255, 1);
  --jp-ui-inverse-font-color1: rgba(255, 255, 255, 1);
  --jp-ui-inverse-font-color2: rgba(255, 255, 255, 0.7);
  --jp-ui-inverse-font-color3: rgba(255, 255, 255, 0.5);

  /* Content Fonts

  Content font variables are used for typography of user generated content.
  */

  --jp-content-font-size: 13px;
  --jp-content-line-height: 1.5;
  --jp-content-font-color0: black;
  --jp-content-font-color1: black;
  --jp-content-font-color2: var(--md-grey-700);
  --jp-content-font-color3: var(--md-grey-500);

  --jp-ui-font-scale-factor: 1.2;
  --jp-ui-font-size0: calc(
    var(--jp-ui-font-size1) / var(--jp-ui-font-scale-factor)
  );
  --jp-ui-font-size1: 13px; /* Base font size */
  --jp-ui-font-size2: calc(
    var(--jp-ui-font-size1) * var(--jp-ui-font-scale-factor)
  );
  --jp-ui-font-size3: calc(
    var(--jp-ui-font-size2) * var(--jp-ui-font-scale-factor)
  );

  --jp-code-font-size: 13px;
  --jp-code-line-height: 1.307;
  --jp-code-padding: 5px;
  --jp-code-font-family: monospace;

  /* Layout

  The following are the main layout colors use in JupyterLab. In a light
  theme these would go from light to dark.
  */

  --jp-layout-color0: white;
  --jp-layout-color1: white;
  --jp-layout-color2: var(--md-grey-200);
  --jp-layout-color3: var(--md-grey-400);

  /* Brand/accent */

  --jp-brand-color0: var(--md-blue-700);
  --jp-brand-color1: var(--md-blue-500);
  --jp-brand-color2: var(--md-blue-300);
  --jp-brand-color3: var(--md-blue-100);

  --jp-accent-color0: var(--md-green-700);
  --jp-accent-color1: var(--md-green-500);
  --jp-accent-color2: var(--md-green-300);
  --jp-accent-color3: var(--md-green-100);

  /* State colors (warn, error, success, info) */

  --jp-warn-color0: var(--md-orange-700);
  --jp-warn-color1: var(--md-orange-500);
  --jp-warn-color2: var(--md-orange-300);
  --jp-warn-color3: var(--md-orange-100);

  --jp-error-color0: var(--md-red-700);
  --jp-error-color1: var(--md-red-500);
  --jp-error-color2: var(--md-red-300);
  --jp-error-color3: var(--md-red-100);

  --jp-success-color0: var(--md-green-700);
  --jp-success-color1: var(--md-green-500);
  --jp-success-color2: var(--md-green-300);
  --jp-success-color3: var(--md-green-100);

  --jp-info-color0: var(--md-cyan-700);
  --jp-info-color1: var(--md-cyan-500);
  --jp-info-color2: var(--md-cyan-300);
  --jp-info-color3: var(--md-cyan-100);

  /* Cell specific styles */

  --jp-cell-padding: 5px;
  --jp-cell-editor-background: #f7f7f7;
  --jp-cell-editor-border-color: #cfcfcf;
  --jp-cell-editor-background-edit: var(--jp-ui-layout-color1);
  --jp-cell-editor-border-color-edit: var(--jp-brand-color1);
  --jp-cell-prompt-width: 100px;
  --jp-cell-prompt-font-family: 'Roboto Mono', monospace;
  --jp-cell-prompt-letter-spacing: 0px;
  --jp-cell-prompt-opacity: 1;
  --jp-cell-prompt-opacity-not-active: 0.4;
  --jp-cell-prompt-font-color-not-active: var(--md-grey-700);
  /* A custom blend of MD grey and blue 600
   * See https://meyerweb.com/eric/tools/color-blend/#546E7A:1E88E5:5:hex */
  --jp-cell-inprompt-font-color: #307fc1;
  /* A custom blend of MD grey and orange 600
   * https://meyerweb.com/eric/tools/color-blend/#546E7A:F4511E:5:hex */
  --jp-cell-outprompt-font-color: #bf5b3d;

  /* Notebook specific styles */

  --jp-notebook-padding: 10px;
  --jp-notebook-scroll-padding: 100px;

  /* Console specific styles */

  --jp-console-background: var(--md-grey-100);

  /* Toolbar specific styles */

  --jp-toolbar-border-color: var(--md-grey-400);
  --jp-toolbar-micro-height: 8px;
  --jp-toolbar-background: var(--jp-layout-color0);
  --jp-toolbar-box-shadow: 0px 0px 2px 0px rgba(0, 0, 0, 0.24);
  --jp-toolbar-header-margin: 4px 4px 0px 4px;
  --jp-toolbar-active-background: var(--md-grey-300);
}
`;var mp=`/**
 * The material design colors are adapted from google-material-color v1.2.6
 * https://github.com/danlevan/google-material-color
 * https://github.com/danlevan/google-material-color/blob/f67ca5f4028b2f1b34862f64b0ca67323f91b088/dist/palette.var.css
 *
 * The license for the material design color CSS variables is as follows (see
 * https://github.com/danlevan/google-material-color/blob/f67ca5f4028b2f1b34862f64b0ca67323f91b088/LICENSE)
 *
 * The MIT License (MIT)
 *
 * Copyright (c) 2014 Dan Le Van
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 */
:root {
  --md-red-50: #ffebee;
  --md-red-100: #ffcdd2;
  --md-red-200: #ef9a9a;
  --md-red-300: #e57373;
  --md-red-400: #ef5350;
  --md-red-500: #f44336;
  --md-red-600: #e53935;
  --md-red-700: #d32f2f;
  --md-red-800: #c62828;
  --md-red-900: #b71c1c;
  --md-red-A100: #ff8a80;
  --md-red-A200: #ff5252;
  --md-red-A400: #ff1744;
  --md-red-A700: #d50000;

  --md-pink-50: #fce4ec;
  --md-pink-100: #f8bbd0;
  --md-pink-200: #f48fb1;
  --md-pink-300: #f06292;
  --md-pink-400: #ec407a;
  --md-pink-500: #e91e63;
  --md-pink-600: #d81b60;
  --md-pink-700: #c2185b;
  --md-pink-800: #ad1457;
  --md-pink-900: #880e4f;
  --md-pink-A100: #ff80ab;
  --md-pink-A200: #ff4081;
  --md-pink-A400: #f50057;
  --md-pink-A700: #c51162;

  --md-purple-50: #f3e5f5;
  --md-purple-100: #e1bee7;
  --md-purple-200: #ce93d8;
  --md-purple-300: #ba68c8;
  --md-purple-400: #ab47bc;
  --md-purple-500: #9c27b0;
  --md-purple-600: #8e24aa;
  --md-purple-700: #7b1fa2;
  --md-purple-800: #6a1b9a;
  --md-purple-900: #4a148c;
  --md-purple-A100: #ea80fc;
  --md-purple-A200: #e040fb;
  --md-purple-A400: #d500f9;
  --md-purple-A700: #aa00ff;

  --md-deep-purple-50: #ede7f6;
  --md-deep-purple-100: #d1c4e9;
  --md-deep-purple-200: #b39ddb;
  --md-deep-purple-300: #9575cd;
  --md-deep-purple-400: #7e57c2;
  --md-deep-purple-500: #673ab7;
  --md-deep-purple-600: #5e35b1;
  --md-deep-purple-700: #512da8;
  --md-deep-purple-800: #4527a0;
  --md-deep-purple-900: #311b92;
  --md-deep-purple-A100: #b388ff;
  --md-deep-purple-A200: #7c4dff;
  --md-deep-purple-A400: #651fff;
  --md-deep-purple-A700: #6200ea;

  --md-indigo-50: #e8eaf6;
  --md-indigo-100: #c5cae9;
  --md-indigo-200: #9fa8da;
  --md-indigo-300: #7986cb;
  --md-indigo-400: #5c6bc0;
  --md-indigo-500: #3f51b5;
  --md-indigo-600: #3949ab;
  --md-indigo-700: #303f9f;
  --md-indigo-800: #283593;
  --md-indigo-900: #1a237e;
  --md-indigo-A100: #8c9eff;
  --md-indigo-A200: #536dfe;
  --md-indigo-A400: #3d5afe;
  --md-indigo-A700: #304ffe;

  --md-blue-50: #e3f2fd;
  --md-blue-100: #bbdefb;
  --md-blue-200: #90caf9;
  --md-blue-300: #64b5f6;
  --md-blue-400: #42a5f5;
  --md-blue-500: #2196f3;
  --md-blue-600: #1e88e5;
  --md-blue-700: #1976d2;
  --md-blue-800: #1565c0;
  --md-blue-900: #0d47a1;
  --md-blue-A100: #82b1ff;
  --md-blue-A200: #448aff;
  --md-blue-A400: #2979ff;
  --md-blue-A700: #2962ff;

  --md-light-blue-50: #e1f5fe;
  --md-light-blue-100: #b3e5fc;
  --md-light-blue-200: #81d4fa;
  --md-light-blue-300: #4fc3f7;
  --md-light-blue-400: #29b6f6;
  --md-light-blue-500: #03a9f4;
  --md-light-blue-600: #039be5;
  --md-light-blue-700: #0288d1;
  --md-light-blue-800: #0277bd;
  --md-light-blue-900: #01579b;
  --md-light-blue-A100: #80d8ff;
  --md-light-blue-A200: #40c4ff;
  --md-light-blue-A400: #00b0ff;
  --md-light-blue-A700: #0091ea;

  --md-cyan-50: #e0f7fa;
  --md-cyan-100: #b2ebf2;
  --md-cyan-200: #80deea;
  --md-cyan-300: #4dd0e1;
  --md-cyan-400: #26c6da;
  --md-cyan-500: #00bcd4;
  --md-cyan-600: #00acc1;
  --md-cyan-700: #0097a7;
  --md-cyan-800: #00838f;
  --md-cyan-900: #006064;
  --md-cyan-A100: #84ffff;
  --md-cyan-A200: #18ffff;
  --md-cyan-A400: #00e5ff;
  --md-cyan-A700: #00b8d4;

  --md-teal-50: #e0f2f1;
  --md-teal-100: #b2dfdb;
  --md-teal-200: #80cbc4;
  --md-teal-300: #4db6ac;
  --md-teal-400: #26a69a;
  --md-teal-500: #009688;
  --md-teal-600: #00897b;
  --md-teal-700: #00796b;
  --md-teal-800: #00695c;
  --md-teal-900: #004d40;
  --md-teal-A100: #a7ffeb;
  --md-teal-A200: #64ffda;
  --md-teal-A400: #1de9b6;
  --md-teal-A700: #00bfa5;

  --md-green-50: #e8f5e9;
  --md-green-100: #c8e6c9;
  --md-green-200: #a5d6a7;
  --md-green-300: #81c784;
  --md-green-400: #66bb6a;
  --md-green-500: #4caf50;
  --md-green-600: #43a047;
  --md-green-700: #388e3c;
  --md-green-800: #2e7d32;
  --md-green-900: #1b5e20;
  --md-green-A100: #b9f6ca;
  --md-green-A200: #69f0ae;
  --md-green-A400: #00e676;
  --md-green-A700: #00c853;

  --md-light-green-50: #f1f8e9;
  --md-light-green-100: #dcedc8;
  --md-light-green-200: #c5e1a5;
  --md-light-green-300: #aed581;
  --md-light-green-400: #9ccc65;
  --md-light-green-500: #8bc34a;
  --md-light-green-600: #7cb342;
  --md-light-green-700: #689f38;
  --md-light-green-800: #558b2f;
  --md-light-green-900: #33691e;
  --md-light-green-A100: #ccff90;
  --md-light-green-A200: #b2ff59;
  --md-light-green-A400: #76ff03;
  --md-light-green-A700: #64dd17;

  --md-lime-50: #f9fbe7;
  --md-lime-100: #f0f4c3;
  --md-lime-200: #e6ee9c;
  --md-lime-300: #dce775;
  --md-lime-400: #d4e157;
  --md-lime-500: #cddc39;
  --md-lime-600: #c0ca33;
  --md-lime-700: #afb42b;
  --md-lime-800: #9e9d24;
  --md-lime-900: #827717;
  --md-lime-A100: #f4ff81;
  --md-lime-A200: #eeff41;
  --md-lime-A400: #c6ff00;
  --md-lime-A700: #aeea00;

  --md-yellow-50: #fffde7;
  --md-yellow-100: #fff9c4;
  --md-yellow-200: #fff59d;
  --md-yellow-300: #fff176;
  --md-yellow-400: #ffee58;
  --md-yellow-500: #ffeb3b;
  --md-yellow-600: #fdd835;
  --md-yellow-700: #fbc02d;
  --md-yellow-800: #f9a825;
  --md-yellow-900: #f57f17;
  --md-yellow-A100: #ffff8d;
  --md-yellow-A200: #ffff00;
  --md-yellow-A400: #ffea00;
  --md-yellow-A700: #ffd600;

  --md-amber-50: #fff8e1;
  --md-amber-100: #ffecb3;
  --md-amber-200: #ffe082;
  --md-amber-300: #ffd54f;
  --md-amber-400: #ffca28;
  --md-amber-500: #ffc107;
  --md-amber-600: #ffb300;
  --md-amber-700: #ffa000;
  --md-amber-800: #ff8f00;
  --md-amber-900: #ff6f00;
  --md-amber-A100: #ffe57f;
  --md-amber-A200: #ffd740;
  --md-amber-A400: #ffc400;
  --md-amber-A700: #ffab00;

  --md-orange-50: #fff3e0;
  --md-orange-100: #ffe0b2;
  --md-orange-200: #ffcc80;
  --md-orange-300: #ffb74d;
  --md-orange-400: #ffa726;
  --md-orange-500: #ff9800;
  --md-orange-600: #fb8c00;
  --md-orange-700: #f57c00;
  --md-orange-800: #ef6c00;
  --md-orange-900: #e65100;
  --md-orange-A100: #ffd180;
  --md-orange-A200: #ffab40;
  --md-orange-A400: #ff9100;
  --md-orange-A700: #ff6d00;

  --md-deep-orange-50: #fbe9e7;
  --md-deep-orange-100: #ffccbc;
  --md-deep-orange-200: #ffab91;
  --md-deep-orange-300: #ff8a65;
  --md-deep-orange-400: #ff7043;
  --md-deep-orange-500: #ff5722;
  --md-deep-orange-600: #f4511e;
  --md-deep-orange-700: #e64a19;
  --md-deep-orange-800: #d84315;
  --md-deep-orange-900: #bf360c;
  --md-deep-orange-A100: #ff9e80;
  --md-deep-orange-A200: #ff6e40;
  --md-deep-orange-A400: #ff3d00;
  --md-deep-orange-A700: #dd2c00;

  --md-brown-50: #efebe9;
  --md-brown-100: #d7ccc8;
  --md-brown-200: #bcaaa4;
  --md-brown-300: #a1887f;
  --md-brown-400: #8d6e63;
  --md-brown-500: #795548;
  --md-brown-600: #6d4c41;
  --md-brown-700: #5d4037;
  --md-brown-800: #4e342e;
  --md-brown-900: #3e2723;

  --md-grey-50: #fafafa;
  --md-grey-100: #f5f5f5;
  --md-grey-200: #eeeeee;
  --md-grey-300: #e0e0e0;
  --md-grey-400: #bdbdbd;
  --md-grey-500: #9e9e9e;
  --md-grey-600: #757575;
  --md-grey-700: #616161;
  --md-grey-800: #424242;
  --md-grey-900: #212121;

  --md-blue-grey-50: #eceff1;
  --md-blue-grey-100: #cfd8dc;
  --md-blue-grey-200: #b0bec5;
  --md-blue-grey-300: #90a4ae;
  --md-blue-grey-400: #78909c;
  --md-blue-grey-500: #607d8b;
  --md-blue-grey-600: #546e7a;
  --md-blue-grey-700: #455a64;
  --md-blue-grey-800: #37474f;
  --md-blue-grey-900: #263238;
}
`;var pp=`/* Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */

/*
 * We assume that the CSS variables in
 * https://github.com/jupyterlab/jupyterlab/blob/master/src/default-theme/variables.css
 * have been defined.
 */

@import './lumino.css';
@import './nouislider.css';

:root {
  --jp-widgets-color: var(--jp-content-font-color1);
  --jp-widgets-label-color: var(--jp-widgets-color);
  --jp-widgets-readout-color: var(--jp-widgets-color);
  --jp-widgets-font-size: var(--jp-ui-font-size1);
  --jp-widgets-margin: 2px;
  --jp-widgets-inline-height: 28px;
  --jp-widgets-inline-width: 300px;
  --jp-widgets-inline-width-short: calc(
    var(--jp-widgets-inline-width) / 2 - var(--jp-widgets-margin)
  );
  --jp-widgets-inline-width-tiny: calc(
    var(--jp-widgets-inline-width-short) / 2 - var(--jp-widgets-margin)
  );
  --jp-widgets-inline-margin: 4px; /* margin between inline elements */
  --jp-widgets-inline-label-width: 80px;
  --jp-widgets-border-width: var(--jp-border-width);
  --jp-widgets-vertical-height: 200px;
  --jp-widgets-horizontal-tab-height: 24px;
  --jp-widgets-horizontal-tab-width: 144px;
  --jp-widgets-horizontal-tab-top-border: 2px;
  --jp-widgets-progress-thickness: 20px;
  --jp-widgets-container-padding: 15px;
  --jp-widgets-input-padding: 4px;
  --jp-widgets-radio-item-height-adjustment: 8px;
  --jp-widgets-radio-item-height: calc(
    var(--jp-widgets-inline-height) -
      var(--jp-widgets-radio-item-height-adjustment)
  );
  --jp-widgets-slider-track-thickness: 4px;
  --jp-widgets-slider-border-width: var(--jp-widgets-border-width);
  --jp-widgets-slider-handle-size: 16px;
  --jp-widgets-slider-handle-border-color: var(--jp-border-color1);
  --jp-widgets-slider-handle-background-color: var(--jp-layout-color1);
  --jp-widgets-slider-active-handle-color: var(--jp-brand-color1);
  --jp-widgets-menu-item-height: 24px;
  --jp-widgets-dropdown-arrow: url('data:image/svg+xml;base64,PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0idXRmLTgiPz4KPCEtLSBHZW5lcmF0b3I6IEFkb2JlIElsbHVzdHJhdG9yIDE5LjIuMSwgU1ZHIEV4cG9ydCBQbHVnLUluIC4gU1ZHIFZlcnNpb246IDYuMDAgQnVpbGQgMCkgIC0tPgo8c3ZnIHZlcnNpb249IjEuMSIgaWQ9IkxheWVyXzEiIHhtbG5zPSJodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2ZyIgeG1sbnM6eGxpbms9Imh0dHA6Ly93d3cudzMub3JnLzE5OTkveGxpbmsiIHg9IjBweCIgeT0iMHB4IgoJIHZpZXdCb3g9IjAgMCAxOCAxOCIgc3R5bGU9ImVuYWJsZS1iYWNrZ3JvdW5kOm5ldyAwIDAgMTggMTg7IiB4bWw6c3BhY2U9InByZXNlcnZlIj4KPHN0eWxlIHR5cGU9InRleHQvY3NzIj4KCS5zdDB7ZmlsbDpub25lO30KPC9zdHlsZT4KPHBhdGggZD0iTTUuMiw1LjlMOSw5LjdsMy44LTMuOGwxLjIsMS4ybC00LjksNWwtNC45LTVMNS4yLDUuOXoiLz4KPHBhdGggY2xhc3M9InN0MCIgZD0iTTAtMC42aDE4djE4SDBWLTAuNnoiLz4KPC9zdmc+Cg');
  --jp-widgets-input-color: var(--jp-ui-font-color1);
  --jp-widgets-input-background-color: var(--jp-layout-color1);
  --jp-widgets-input-border-color: var(--jp-border-color1);
  --jp-widgets-input-focus-border-color: var(--jp-brand-color2);
  --jp-widgets-input-border-width: var(--jp-widgets-border-width);
  --jp-widgets-disabled-opacity: 0.6;

  /* From Material Design Lite */
  --md-shadow-key-umbra-opacity: 0.2;
  --md-shadow-key-penumbra-opacity: 0.14;
  --md-shadow-ambient-shadow-opacity: 0.12;
}

.jupyter-widgets {
  margin: var(--jp-widgets-margin);
  box-sizing: border-box;
  color: var(--jp-widgets-color);
  overflow: visible;
}

.jp-Output-result > .jupyter-widgets {
  margin-left: 0;
  margin-right: 0;
}

/* vbox and hbox */

/* <DEPRECATED> */
.widget-inline-hbox, /* </DEPRECATED> */
 .jupyter-widget-inline-hbox {
  /* Horizontal widgets */
  box-sizing: border-box;
  display: flex;
  flex-direction: row;
  align-items: baseline;
}

/* <DEPRECATED> */
.widget-inline-vbox, /* </DEPRECATED> */
 .jupyter-widget-inline-vbox {
  /* Vertical Widgets */
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  align-items: center;
}

/* <DEPRECATED> */
.widget-box, /* </DEPRECATED> */
.jupyter-widget-box {
  box-sizing: border-box;
  display: flex;
  margin: 0;
  overflow: auto;
}

/* <DEPRECATED> */
.widget-gridbox, /* </DEPRECATED> */
.jupyter-widget-gridbox {
  box-sizing: border-box;
  display: grid;
  margin: 0;
  overflow: auto;
}

/* <DEPRECATED> */
.widget-hbox, /* </DEPRECATED> */
.jupyter-widget-hbox {
  flex-direction: row;
}

/* <DEPRECATED> */
.widget-vbox, /* </DEPRECATED> */
.jupyter-widget-vbox {
  flex-direction: column;
}

/* General Tags Styling */

.jupyter-widget-tagsinput {
  display: flex;
  flex-direction: row;
  flex-wrap: wrap;
  align-items: center;
  overflow: auto;

  cursor: text;
}

.jupyter-widget-tag {
  padding-left: 10px;
  padding-right: 10px;
  padding-top: 0px;
  padding-bottom: 0px;
  display: inline-block;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  text-align: center;
  font-size: var(--jp-widgets-font-size);

  height: calc(var(--jp-widgets-inline-height) - 2px);
  border: 0px solid;
  line-height: calc(var(--jp-widgets-inline-height) - 2px);
  box-shadow: none;

  color: var(--jp-ui-font-color1);
  background-color: var(--jp-layout-color2);
  border-color: var(--jp-border-color2);
  border: none;
  user-select: none;

  cursor: grab;
  transition: margin-left 200ms;
  margin: 1px 1px 1px 1px;
}

.jupyter-widget-tag.mod-active {
  /* MD Lite 4dp shadow */
  box-shadow: 0 4px 5px 0 rgba(0, 0, 0, var(--md-shadow-key-penumbra-opacity)),
    0 1px 10px 0 rgba(0, 0, 0, var(--md-shadow-ambient-shadow-opacity)),
    0 2px 4px -1px rgba(0, 0, 0, var(--md-shadow-key-umbra-opacity));
  color: var(--jp-ui-font-color1);
  background-color: var(--jp-layout-color3);
}

.jupyter-widget-colortag {
  color: var(--jp-inverse-ui-font-color1);
}

.jupyter-widget-colortag.mod-active {
  color: var(--jp-inverse-ui-font-color0);
}

.jupyter-widget-taginput {
  color: var(--jp-ui-font-color0);
  background-color: var(--jp-layout-color0);

  cursor: text;
  text-align: left;
}

.jupyter-widget-taginput:focus {
  outline: none;
}

.jupyter-widget-tag-close {
  margin-left: var(--jp-widgets-inline-margin);
  padding: 2px 0px 2px 2px;
}

.jupyter-widget-tag-close:hover {
  cursor: pointer;
}

/* Tag "Primary" Styling */

.jupyter-widget-tag.mod-primary {
  color: var(--jp-inverse-ui-font-color1);
  background-color: var(--jp-brand-color1);
}

.jupyter-widget-tag.mod-primary.mod-active {
  color: var(--jp-inverse-ui-font-color0);
  background-color: var(--jp-brand-color0);
}

/* Tag "Success" Styling */

.jupyter-widget-tag.mod-success {
  color: var(--jp-inverse-ui-font-color1);
  background-color: var(--jp-success-color1);
}

.jupyter-widget-tag.mod-success.mod-active {
  color: var(--jp-inverse-ui-font-color0);
  background-color: var(--jp-success-color0);
}

/* Tag "Info" Styling */

.jupyter-widget-tag.mod-info {
  color: var(--jp-inverse-ui-font-color1);
  background-color: var(--jp-info-color1);
}

.jupyter-widget-tag.mod-info.mod-active {
  color: var(--jp-inverse-ui-font-color0);
  background-color: var(--jp-info-color0);
}

/* Tag "Warning" Styling */

.jupyter-widget-tag.mod-warning {
  color: var(--jp-inverse-ui-font-color1);
  background-color: var(--jp-warn-color1);
}

.jupyter-widget-tag.mod-warning.mod-active {
  color: var(--jp-inverse-ui-font-color0);
  background-color: var(--jp-warn-color0);
}

/* Tag "Danger" Styling */

.jupyter-widget-tag.mod-danger {
  color: var(--jp-inverse-ui-font-color1);
  background-color: var(--jp-error-color1);
}

.jupyter-widget-tag.mod-danger.mod-active {
  color: var(--jp-inverse-ui-font-color0);
  background-color: var(--jp-error-color0);
}

/* General Button Styling */

.jupyter-button {
  padding-left: 10px;
  padding-right: 10px;
  padding-top: 0px;
  padding-bottom: 0px;
  display: inline-block;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  text-align: center;
  font-size: var(--jp-widgets-font-size);
  cursor: pointer;

  height: var(--jp-widgets-inline-height);
  border: 0px solid;
  line-height: var(--jp-widgets-inline-height);
  box-shadow: none;

  color: var(--jp-ui-font-color1);
  background-color: var(--jp-layout-color2);
  border-color: var(--jp-border-color2);
  border: none;
  user-select: none;
}

.jupyter-button i.fa {
  margin-right: var(--jp-widgets-inline-margin);
  pointer-events: none;
}

.jupyter-button:empty:before {
  content: '\\200b'; /* zero-width space */
}

.jupyter-widgets.jupyter-button:disabled {
  opacity: var(--jp-widgets-disabled-opacity);
}

.jupyter-button i.fa.center {
  margin-right: 0;
}

.jupyter-button:hover:enabled,
.jupyter-button:focus:enabled {
  /* MD Lite 2dp shadow */
  box-shadow: 0 2px 2px 0 rgba(0, 0, 0, var(--md-shadow-key-penumbra-opacity)),
    0 3px 1px -2px rgba(0, 0, 0, var(--md-shadow-key-umbra-opacity)),
    0 1px 5px 0 rgba(0, 0, 0, var(--md-shadow-ambient-shadow-opacity));
}

.jupyter-button:active,
.jupyter-button.mod-active {
  /* MD Lite 4dp shadow */
  box-shadow: 0 4px 5px 0 rgba(0, 0, 0, var(--md-shadow-key-penumbra-opacity)),
    0 1px 10px 0 rgba(0, 0, 0, var(--md-shadow-ambient-shadow-opacity)),
    0 2px 4px -1px rgba(0, 0, 0, var(--md-shadow-key-umbra-opacity));
  color: var(--jp-ui-font-color1);
  background-color: var(--jp-layout-color3);
}

.jupyter-button:focus:enabled {
  outline: 1px solid var(--jp-widgets-input-focus-border-color);
}

/* Button "Primary" Styling */

.jupyter-button.mod-primary {
  color: var(--jp-ui-inverse-font-color1);
  background-color: var(--jp-brand-color1);
}

.jupyter-button.mod-primary.mod-active {
  color: var(--jp-ui-inverse-font-color0);
  background-color: var(--jp-brand-color0);
}

.jupyter-button.mod-primary:active {
  color: var(--jp-ui-inverse-font-color0);
  background-color: var(--jp-brand-color0);
}

/* Button "Success" Styling */

.jupyter-button.mod-success {
  color: var(--jp-ui-inverse-font-color1);
  background-color: var(--jp-success-color1);
}

.jupyter-button.mod-success.mod-active {
  color: var(--jp-ui-inverse-font-color0);
  background-color: var(--jp-success-color0);
}

.jupyter-button.mod-success:active {
  color: var(--jp-ui-inverse-font-color0);
  background-color: var(--jp-success-color0);
}

/* Button "Info" Styling */

.jupyter-button.mod-info {
  color: var(--jp-ui-inverse-font-color1);
  background-color: var(--jp-info-color1);
}

.jupyter-button.mod-info.mod-active {
  color: var(--jp-ui-inverse-font-color0);
  background-color: var(--jp-info-color0);
}

.jupyter-button.mod-info:active {
  color: var(--jp-ui-inverse-font-color0);
  background-color: var(--jp-info-color0);
}

/* Button "Warning" Styling */

.jupyter-button.mod-warning {
  color: var(--jp-ui-inverse-font-color1);
  background-color: var(--jp-warn-color1);
}

.jupyter-button.mod-warning.mod-active {
  color: var(--jp-ui-inverse-font-color0);
  background-color: var(--jp-warn-color0);
}

.jupyter-button.mod-warning:active {
  color: var(--jp-ui-inverse-font-color0);
  background-color: var(--jp-warn-color0);
}

/* Button "Danger" Styling */

.jupyter-button.mod-danger {
  color: var(--jp-ui-inverse-font-color1);
  background-color: var(--jp-error-color1);
}

.jupyter-button.mod-danger.mod-active {
  color: var(--jp-ui-inverse-font-color0);
  background-color: var(--jp-error-color0);
}

.jupyter-button.mod-danger:active {
  color: var(--jp-ui-inverse-font-color0);
  background-color: var(--jp-error-color0);
}

/* Widget Button, Widget Toggle Button, Widget Upload */

/* <DEPRECATED> */
.widget-button, /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-toggle-button, /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-upload, /* </DEPRECATED> */
.jupyter-widget-button,
.jupyter-widget-toggle-button,
.jupyter-widget-upload {
  width: var(--jp-widgets-inline-width-short);
}

/* Widget Label Styling */

/* Override Bootstrap label css */
.jupyter-widgets label {
  margin-bottom: initial;
}

/* <DEPRECATED> */
.widget-label-basic, /* </DEPRECATED> */
.jupyter-widget-label-basic {
  /* Basic Label */
  color: var(--jp-widgets-label-color);
  font-size: var(--jp-widgets-font-size);
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  line-height: var(--jp-widgets-inline-height);
}

/* <DEPRECATED> */
.widget-label, /* </DEPRECATED> */
.jupyter-widget-label {
  /* Label */
  color: var(--jp-widgets-label-color);
  font-size: var(--jp-widgets-font-size);
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  line-height: var(--jp-widgets-inline-height);
}

/* <DEPRECATED> */
.widget-inline-hbox .widget-label, /* </DEPRECATED> */
.jupyter-widget-inline-hbox .jupyter-widget-label {
  /* Horizontal Widget Label */
  color: var(--jp-widgets-label-color);
  text-align: right;
  margin-right: calc(var(--jp-widgets-inline-margin) * 2);
  width: var(--jp-widgets-inline-label-width);
  flex-shrink: 0;
}

/* <DEPRECATED> */
.widget-inline-vbox .widget-label, /* </DEPRECATED> */
.jupyter-widget-inline-vbox .jupyter-widget-label {
  /* Vertical Widget Label */
  color: var(--jp-widgets-label-color);
  text-align: center;
  line-height: var(--jp-widgets-inline-height);
}

/* Widget Readout Styling */

/* <DEPRECATED> */
.widget-readout, /* </DEPRECATED> */
.jupyter-widget-readout {
  color: var(--jp-widgets-readout-color);
  font-size: var(--jp-widgets-font-size);
  height: var(--jp-widgets-inline-height);
  line-height: var(--jp-widgets-inline-height);
  overflow: hidden;
  white-space: nowrap;
  text-align: center;
}

/* <DEPRECATED> */
.widget-readout.overflow, /* </DEPRECATED> */
.jupyter-widget-readout.overflow {
  /* Overflowing Readout */

  /* From Material Design Lite
        shadow-key-umbra-opacity: 0.2;
        shadow-key-penumbra-opacity: 0.14;
        shadow-ambient-shadow-opacity: 0.12;
     */
  -webkit-box-shadow: 0 2px 2px 0 rgba(0, 0, 0, 0.2),
    0 3px 1px -2px rgba(0, 0, 0, 0.14), 0 1px 5px 0 rgba(0, 0, 0, 0.12);

  -moz-box-shadow: 0 2px 2px 0 rgba(0, 0, 0, 0.2),
    0 3px 1px -2px rgba(0, 0, 0, 0.14), 0 1px 5px 0 rgba(0, 0, 0, 0.12);

  box-shadow: 0 2px 2px 0 rgba(0, 0, 0, 0.2), 0 3px 1px -2px rgba(0, 0, 0, 0.14),
    0 1px 5px 0 rgba(0, 0, 0, 0.12);
}

/* <DEPRECATED> */
.widget-inline-hbox .widget-readout, /* </DEPRECATED> */
.jupyter-widget-inline-hbox .jupyter-widget-readout {
  /* Horizontal Readout */
  text-align: center;
  max-width: var(--jp-widgets-inline-width-short);
  min-width: var(--jp-widgets-inline-width-tiny);
  margin-left: var(--jp-widgets-inline-margin);
}

/* <DEPRECATED> */
.widget-inline-vbox .widget-readout, /* </DEPRECATED> */
.jupyter-widget-inline-vbox .jupyter-widget-readout {
  /* Vertical Readout */
  margin-top: var(--jp-widgets-inline-margin);
  /* as wide as the widget */
  width: inherit;
}

/* Widget Checkbox Styling */

/* <DEPRECATED> */
.widget-checkbox, /* </DEPRECATED> */
.jupyter-widget-checkbox {
  width: var(--jp-widgets-inline-width);
  height: var(--jp-widgets-inline-height);
  line-height: var(--jp-widgets-inline-height);
}

/* <DEPRECATED> */
.widget-checkbox input[type='checkbox'], /* </DEPRECATED> */
.jupyter-widget-checkbox input[type='checkbox'] {
  margin: 0px calc(var(--jp-widgets-inline-margin) * 2) 0px 0px;
  line-height: var(--jp-widgets-inline-height);
  font-size: large;
  flex-grow: 1;
  flex-shrink: 0;
  align-self: center;
}

/* Widget Valid Styling */

/* <DEPRECATED> */
.widget-valid, /* </DEPRECATED> */
.jupyter-widget-valid {
  height: var(--jp-widgets-inline-height);
  line-height: var(--jp-widgets-inline-height);
  width: var(--jp-widgets-inline-width-short);
  font-size: var(--jp-widgets-font-size);
}

/* <DEPRECATED> */
.widget-valid i, /* </DEPRECATED> */
.jupyter-widget-valid i {
  line-height: var(--jp-widgets-inline-height);
  margin-right: var(--jp-widgets-inline-margin);
  margin-left: var(--jp-widgets-inline-margin);
}

/* <DEPRECATED> */
.widget-valid.mod-valid i, /* </DEPRECATED> */
.jupyter-widget-valid.mod-valid i {
  color: green;
}

/* <DEPRECATED> */
.widget-valid.mod-invalid i, /* </DEPRECATED> */
.jupyter-widget-valid.mod-invalid i {
  color: red;
}

/* <DEPRECATED> */
.widget-valid.mod-valid .widget-valid-readout, /* </DEPRECATED> */
.jupyter-widget-valid.mod-valid .jupyter-widget-valid-readout {
  display: none;
}

/* Widget Text and TextArea Styling */

/* <DEPRECATED> */
.widget-textarea, /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-text, /* </DEPRECATED> */
.jupyter-widget-textarea,
.jupyter-widget-text {
  width: var(--jp-widgets-inline-width);
}

/* <DEPRECATED> */
.widget-text input[type='text'], /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-text input[type='number'], /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-text input[type='password'], /* </DEPRECATED> */
.jupyter-widget-text input[type='text'],
.jupyter-widget-text input[type='number'],
.jupyter-widget-text input[type='password'] {
  height: var(--jp-widgets-inline-height);
}

/* <DEPRECATED> */
.widget-text input[type='text']:disabled, /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-text input[type='number']:disabled, /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-text input[type='password']:disabled, /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-textarea textarea:disabled, /* </DEPRECATED> */
.jupyter-widget-text input[type='text']:disabled,
.jupyter-widget-text input[type='number']:disabled,
.jupyter-widget-text input[type='password']:disabled,
.jupyter-widget-textarea textarea:disabled {
  opacity: var(--jp-widgets-disabled-opacity);
}

/* <DEPRECATED> */
.widget-text input[type='text'], /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-text input[type='number'], /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-text input[type='password'], /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-textarea textarea, /* </DEPRECATED> */
.jupyter-widget-text input[type='text'],
.jupyter-widget-text input[type='number'],
.jupyter-widget-text input[type='password'],
.jupyter-widget-textarea textarea {
  box-sizing: border-box;
  border: var(--jp-widgets-input-border-width) solid
    var(--jp-widgets-input-border-color);
  background-color: var(--jp-widgets-input-background-color);
  color: var(--jp-widgets-input-color);
  font-size: var(--jp-widgets-font-size);
  flex-grow: 1;
  min-width: 0; /* This makes it possible for the flexbox to shrink this input */
  flex-shrink: 1;
  outline: none !important;
}

/* <DEPRECATED> */
.widget-text input[type='text'], /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-text input[type='password'], /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-textarea textarea, /* </DEPRECATED> */
.jupyter-widget-text input[type='text'],
.jupyter-widget-text input[type='password'],
.jupyter-widget-textarea textarea {
  padding: var(--jp-widgets-input-padding)
    calc(var(--jp-widgets-input-padding) * 2);
}

/* <DEPRECATED> */
.widget-text input[type='number'], /* </DEPRECATED> */
.jupyter-widget-text input[type='number'] {
  padding: var(--jp-widgets-input-padding) 0 var(--jp-widgets-input-padding)
    calc(var(--jp-widgets-input-padding) * 2);
}

/* <DEPRECATED> */
.widget-textarea textarea, /* </DEPRECATED> */
.jupyter-widget-textarea textarea {
  height: inherit;
  width: inherit;
}

/* <DEPRECATED> */
.widget-text input:focus, /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-textarea textarea:focus, /* </DEPRECATED> */
.jupyter-widget-text input:focus,
.jupyter-widget-textarea textarea:focus {
  border-color: var(--jp-widgets-input-focus-border-color);
}

/* Horizontal Slider */
/* <DEPRECATED> */
.widget-hslider, /* </DEPRECATED> */
.jupyter-widget-hslider {
  width: var(--jp-widgets-inline-width);
  height: var(--jp-widgets-inline-height);
  line-height: var(--jp-widgets-inline-height);

  /* Override the align-items baseline. This way, the description and readout
    still seem to align their baseline properly, and we don't have to have
    align-self: stretch in the .slider-container. */
  align-items: center;
}

/* <DEPRECATED> */
.widgets-slider .slider-container, /* </DEPRECATED> */
.jupyter-widgets-slider .slider-container {
  overflow: visible;
}

/* <DEPRECATED> */
.widget-hslider .slider-container, /* </DEPRECATED> */
.jupyter-widget-hslider .slider-container {
  margin-left: calc(
    var(--jp-widgets-slider-handle-size) / 2 - 2 *
      var(--jp-widgets-slider-border-width)
  );
  margin-right: calc(
    var(--jp-widgets-slider-handle-size) / 2 - 2 *
      var(--jp-widgets-slider-border-width)
  );
  flex: 1 1 var(--jp-widgets-inline-width-short);
}

/* Vertical Slider */

/* <DEPRECATED> */
.widget-vbox .widget-label, /* </DEPRECATED> */
.jupyter-widget-vbox .jupyter-widget-label {
  height: var(--jp-widgets-inline-height);
  line-height: var(--jp-widgets-inline-height);
}

/* <DEPRECATED> */
.widget-vslider, /* </DEPRECATED> */
.jupyter-widget-vslider {
  /* Vertical Slider */
  height: var(--jp-widgets-vertical-height);
  width: var(--jp-widgets-inline-width-tiny);
}

/* <DEPRECATED> */
.widget-vslider .slider-container, /* </DEPRECATED> */
.jupyter-widget-vslider .slider-container {
  flex: 1 1 var(--jp-widgets-inline-width-short);
  margin-left: auto;
  margin-right: auto;
  margin-bottom: calc(
    var(--jp-widgets-slider-handle-size) / 2 - 2 *
      var(--jp-widgets-slider-border-width)
  );
  margin-top: calc(
    var(--jp-widgets-slider-handle-size) / 2 - 2 *
      var(--jp-widgets-slider-border-width)
  );
  display: flex;
  flex-direction: column;
}

/* Widget Progress Styling */

.progress-bar {
  -webkit-transition: none;
  -moz-transition: none;
  -ms-transition: none;
  -o-transition: none;
  transition: none;
}

.progress-bar {
  height: var(--jp-widgets-inline-height);
}

.progress-bar {
  background-color: var(--jp-brand-color1);
}

.progress-bar-success {
  background-color: var(--jp-success-color1);
}

.progress-bar-info {
  background-color: var(--jp-info-color1);
}

.progress-bar-warning {
  background-color: var(--jp-warn-color1);
}

.progress-bar-danger {
  background-color: var(--jp-error-color1);
}

.progress {
  background-color: var(--jp-layout-color2);
  border: none;
  box-shadow: none;
}

/* Horisontal Progress */

/* <DEPRECATED> */
.widget-hprogress, /* </DEPRECATED> */
.jupyter-widget-hprogress {
  /* Progress Bar */
  height: var(--jp-widgets-inline-height);
  line-height: var(--jp-widgets-inline-height);
  width: var(--jp-widgets-inline-width);
  align-items: center;
}

/* <DEPRECATED> */
.widget-hprogress .progress, /* </DEPRECATED> */
.jupyter-widget-hprogress .progress {
  flex-grow: 1;
  margin-top: var(--jp-widgets-input-padding);
  margin-bottom: var(--jp-widgets-input-padding);
  align-self: stretch;
  /* Override bootstrap style */
  height: initial;
}

/* Vertical Progress */

/* <DEPRECATED> */
.widget-vprogress, /* </DEPRECATED> */
.jupyter-widget-vprogress {
  height: var(--jp-widgets-vertical-height);
  width: var(--jp-widgets-inline-width-tiny);
}

/* <DEPRECATED> */
.widget-vprogress .progress, /* </DEPRECATED> */
.jupyter-widget-vprogress .progress {
  flex-grow: 1;
  width: var(--jp-widgets-progress-thickness);
  margin-left: auto;
  margin-right: auto;
  margin-bottom: 0;
}

/* Select Widget Styling */

/* <DEPRECATED> */
.widget-dropdown, /* </DEPRECATED> */
.jupyter-widget-dropdown {
  height: var(--jp-widgets-inline-height);
  width: var(--jp-widgets-inline-width);
  line-height: var(--jp-widgets-inline-height);
}

/* <DEPRECATED> */
.widget-dropdown > select, /* </DEPRECATED> */
.jupyter-widget-dropdown > select {
  padding-right: 20px;
  border: var(--jp-widgets-input-border-width) solid
    var(--jp-widgets-input-border-color);
  border-radius: 0;
  height: inherit;
  flex: 1 1 var(--jp-widgets-inline-width-short);
  min-width: 0; /* This makes it possible for the flexbox to shrink this input */
  box-sizing: border-box;
  outline: none !important;
  box-shadow: none;
  background-color: var(--jp-widgets-input-background-color);
  color: var(--jp-widgets-input-color);
  font-size: var(--jp-widgets-font-size);
  vertical-align: top;
  padding-left: calc(var(--jp-widgets-input-padding) * 2);
  appearance: none;
  -webkit-appearance: none;
  -moz-appearance: none;
  background-repeat: no-repeat;
  background-size: 20px;
  background-position: right center;
  background-image: var(--jp-widgets-dropdown-arrow);
}
/* <DEPRECATED> */
.widget-dropdown > select:focus, /* </DEPRECATED> */
.jupyter-widget-dropdown > select:focus {
  border-color: var(--jp-widgets-input-focus-border-color);
}

/* <DEPRECATED> */
.widget-dropdown > select:disabled, /* </DEPRECATED> */
.jupyter-widget-dropdown > select:disabled {
  opacity: var(--jp-widgets-disabled-opacity);
}

/* To disable the dotted border in Firefox around select controls.
   See http://stackoverflow.com/a/18853002 */
/* <DEPRECATED> */
.widget-dropdown > select:-moz-focusring, /* </DEPRECATED> */
.jupyter-widget-dropdown > select:-moz-focusring {
  color: transparent;
  text-shadow: 0 0 0 #000;
}

/* Select and SelectMultiple */

/* <DEPRECATED> */
.widget-select, /* </DEPRECATED> */
.jupyter-widget-select {
  width: var(--jp-widgets-inline-width);
  line-height: var(--jp-widgets-inline-height);

  /* Because Firefox defines the baseline of a select as the bottom of the
    control, we align the entire control to the top and add padding to the
    select to get an approximate first line baseline alignment. */
  align-items: flex-start;
}

/* <DEPRECATED> */
.widget-select > select, /* </DEPRECATED> */
.jupyter-widget-select > select {
  border: var(--jp-widgets-input-border-width) solid
    var(--jp-widgets-input-border-color);
  background-color: var(--jp-widgets-input-background-color);
  color: var(--jp-widgets-input-color);
  font-size: var(--jp-widgets-font-size);
  flex: 1 1 var(--jp-widgets-inline-width-short);
  outline: none !important;
  overflow: auto;
  height: inherit;

  /* Because Firefox defines the baseline of a select as the bottom of the
    control, we align the entire control to the top and add padding to the
    select to get an approximate first line baseline alignment. */
  padding-top: 5px;
}

/* <DEPRECATED> */
.widget-select > select:focus, /* </DEPRECATED> */
.jupyter-widget-select > select:focus {
  border-color: var(--jp-widgets-input-focus-border-color);
}

.wiget-select > select > option,
.jupyter-wiget-select > select > option {
  padding-left: var(--jp-widgets-input-padding);
  line-height: var(--jp-widgets-inline-height);
  /* line-height doesn't work on some browsers for select options */
  padding-top: calc(
    var(--jp-widgets-inline-height) - var(--jp-widgets-font-size) / 2
  );
  padding-bottom: calc(
    var(--jp-widgets-inline-height) - var(--jp-widgets-font-size) / 2
  );
}

/* Toggle Buttons Styling */

/* <DEPRECATED> */
.widget-toggle-buttons, /* </DEPRECATED> */
.jupyter-widget-toggle-buttons {
  line-height: var(--jp-widgets-inline-height);
}

/* <DEPRECATED> */
.widget-toggle-buttons .widget-toggle-button, /* </DEPRECATED> */
.jupyter-widget-toggle-buttons .jupyter-widget-toggle-button {
  margin-left: var(--jp-widgets-margin);
  margin-right: var(--jp-widgets-margin);
}

/* <DEPRECATED> */
.widget-toggle-buttons .jupyter-button:disabled, /* </DEPRECATED> */
.jupyter-widget-toggle-buttons .jupyter-button:disabled {
  opacity: var(--jp-widgets-disabled-opacity);
}

/* Radio Buttons Styling */

/* <DEPRECATED> */
.widget-radio, /* </DEPRECATED> */
.jupyter-widget-radio {
  width: var(--jp-widgets-inline-width);
  line-height: var(--jp-widgets-inline-height);
}

/* <DEPRECATED> */
.widget-radio-box, /* </DEPRECATED> */
.jupyter-widget-radio-box {
  display: flex;
  flex-direction: column;
  align-items: stretch;
  box-sizing: border-box;
  flex-grow: 1;
  margin-bottom: var(--jp-widgets-radio-item-height-adjustment);
}

/* <DEPRECATED> */
.widget-radio-box-vertical, /* </DEPRECATED> */
.jupyter-widget-radio-box-vertical {
  flex-direction: column;
}

/* <DEPRECATED> */
.widget-radio-box-horizontal, /* </DEPRECATED> */
.jupyter-widget-radio-box-horizontal {
  flex-direction: row;
}

/* <DEPRECATED> */
.widget-radio-box label, /* </DEPRECATED> */
.jupyter-widget-radio-box label {
  height: var(--jp-widgets-radio-item-height);
  line-height: var(--jp-widgets-radio-item-height);
  font-size: var(--jp-widgets-font-size);
}

.widget-radio-box-horizontal label,
.jupyter-widget-radio-box-horizontal label {
  margin: 0 calc(var(--jp-widgets-input-padding) * 2) 0 0;
}

/* <DEPRECATED> */
.widget-radio-box input, /* </DEPRECATED> */
.jupyter-widget-radio-box input {
  height: var(--jp-widgets-radio-item-height);
  line-height: var(--jp-widgets-radio-item-height);
  margin: 0 calc(var(--jp-widgets-input-padding) * 2) 0 1px;
  float: left;
}

/* Color Picker Styling */

/* <DEPRECATED> */
.widget-colorpicker, /* </DEPRECATED> */
.jupyter-widget-colorpicker {
  width: var(--jp-widgets-inline-width);
  height: var(--jp-widgets-inline-height);
  line-height: var(--jp-widgets-inline-height);
}

/* <DEPRECATED> */
.widget-colorpicker > .widget-colorpicker-input, /* </DEPRECATED> */
.jupyter-widget-colorpicker > .jupyter-widget-colorpicker-input {
  flex-grow: 1;
  flex-shrink: 1;
  min-width: var(--jp-widgets-inline-width-tiny);
}

/* <DEPRECATED> */
.widget-colorpicker input[type='color'], /* </DEPRECATED> */
.jupyter-widget-colorpicker input[type='color'] {
  width: var(--jp-widgets-inline-height);
  height: var(--jp-widgets-inline-height);
  padding: 0 2px; /* make the color square actually square on Chrome on OS X */
  background: var(--jp-widgets-input-background-color);
  color: var(--jp-widgets-input-color);
  border: var(--jp-widgets-input-border-width) solid
    var(--jp-widgets-input-border-color);
  border-left: none;
  flex-grow: 0;
  flex-shrink: 0;
  box-sizing: border-box;
  align-self: stretch;
  outline: none !important;
}

/* <DEPRECATED> */
.widget-colorpicker.concise input[type='color'], /* </DEPRECATED> */
.jupyter-widget-colorpicker.concise input[type='color'] {
  border-left: var(--jp-widgets-input-border-width) solid
    var(--jp-widgets-input-border-color);
}

/* <DEPRECATED> */
.widget-colorpicker input[type='color']:focus, /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-colorpicker input[type='text']:focus, /* </DEPRECATED> */
.jupyter-widget-colorpicker input[type='color']:focus,
.jupyter-widget-colorpicker input[type='text']:focus {
  border-color: var(--jp-widgets-input-focus-border-color);
}

/* <DEPRECATED> */
.widget-colorpicker input[type='text'], /* </DEPRECATED> */
.jupyter-widget-colorpicker input[type='text'] {
  flex-grow: 1;
  outline: none !important;
  height: var(--jp-widgets-inline-height);
  line-height: var(--jp-widgets-inline-height);
  background: var(--jp-widgets-input-background-color);
  color: var(--jp-widgets-input-color);
  border: var(--jp-widgets-input-border-width) solid
    var(--jp-widgets-input-border-color);
  font-size: var(--jp-widgets-font-size);
  padding: var(--jp-widgets-input-padding)
    calc(var(--jp-widgets-input-padding) * 2);
  min-width: 0; /* This makes it possible for the flexbox to shrink this input */
  flex-shrink: 1;
  box-sizing: border-box;
}

/* <DEPRECATED> */
.widget-colorpicker input[type='text']:disabled, /* </DEPRECATED> */
.jupyter-widget-colorpicker input[type='text']:disabled {
  opacity: var(--jp-widgets-disabled-opacity);
}

/* Date Picker Styling */

/* <DEPRECATED> */
.widget-datepicker, /* </DEPRECATED> */
.jupyter-widget-datepicker {
  width: var(--jp-widgets-inline-width);
  height: var(--jp-widgets-inline-height);
  line-height: var(--jp-widgets-inline-height);
}

/* <DEPRECATED> */
.widget-datepicker input[type='date'], /* </DEPRECATED> */
.jupyter-widget-datepicker input[type='date'] {
  flex-grow: 1;
  flex-shrink: 1;
  min-width: 0; /* This makes it possible for the flexbox to shrink this input */
  outline: none !important;
  height: var(--jp-widgets-inline-height);
  border: var(--jp-widgets-input-border-width) solid
    var(--jp-widgets-input-border-color);
  background-color: var(--jp-widgets-input-background-color);
  color: var(--jp-widgets-input-color);
  font-size: var(--jp-widgets-font-size);
  padding: var(--jp-widgets-input-padding)
    calc(var(--jp-widgets-input-padding) * 2);
  box-sizing: border-box;
}

/* <DEPRECATED> */
.widget-datepicker input[type='date']:focus, /* </DEPRECATED> */
.jupyter-widget-datepicker input[type='date']:focus {
  border-color: var(--jp-widgets-input-focus-border-color);
}

/* <DEPRECATED> */
.widget-datepicker input[type='date']:invalid, /* </DEPRECATED> */
.jupyter-widget-datepicker input[type='date']:invalid {
  border-color: var(--jp-warn-color1);
}

/* <DEPRECATED> */
.widget-datepicker input[type='date']:disabled, /* </DEPRECATED> */
.jupyter-widget-datepicker input[type='date']:disabled {
  opacity: var(--jp-widgets-disabled-opacity);
}

/* Play Widget */

/* <DEPRECATED> */
.widget-play, /* </DEPRECATED> */
.jupyter-widget-play {
  width: var(--jp-widgets-inline-width-short);
  display: flex;
  align-items: stretch;
}

/* <DEPRECATED> */
.widget-play .jupyter-button, /* </DEPRECATED> */
.jupyter-widget-play .jupyter-button {
  flex-grow: 1;
  height: auto;
}

/* <DEPRECATED> */
.widget-play .jupyter-button:disabled, /* </DEPRECATED> */
.jupyter-widget-play .jupyter-button:disabled {
  opacity: var(--jp-widgets-disabled-opacity);
}

/* Tab Widget */

/* <DEPRECATED> */
.jupyter-widgets.widget-tab, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab {
  display: flex;
  flex-direction: column;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar {
  /* Necessary so that a tab can be shifted down to overlay the border of the box below. */
  overflow-x: visible;
  overflow-y: visible;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar > .p-TabBar-content, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar > .p-TabBar-content, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar > .lm-TabBar-content {
  /* Make sure that the tab grows from bottom up */
  align-items: flex-end;
  min-width: 0;
  min-height: 0;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .widget-tab-contents, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .widget-tab-contents {
  width: 100%;
  box-sizing: border-box;
  margin: 0;
  background: var(--jp-layout-color1);
  color: var(--jp-ui-font-color1);
  border: var(--jp-border-width) solid var(--jp-border-color1);
  padding: var(--jp-widgets-container-padding);
  flex-grow: 1;
  overflow: auto;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar {
  font: var(--jp-widgets-font-size) Helvetica, Arial, sans-serif;
  min-height: calc(
    var(--jp-widgets-horizontal-tab-height) + var(--jp-border-width)
  );
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tab, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tab, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tab {
  flex: 0 1 var(--jp-widgets-horizontal-tab-width);
  min-width: 35px;
  min-height: calc(
    var(--jp-widgets-horizontal-tab-height) + var(--jp-border-width)
  );
  line-height: var(--jp-widgets-horizontal-tab-height);
  margin-left: calc(-1 * var(--jp-border-width));
  padding: 0px 10px;
  background: var(--jp-layout-color2);
  color: var(--jp-ui-font-color2);
  border: var(--jp-border-width) solid var(--jp-border-color1);
  border-bottom: none;
  position: relative;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tab.p-mod-current, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tab.p-mod-current, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tab.lm-mod-current {
  color: var(--jp-ui-font-color0);
  /* We want the background to match the tab content background */
  background: var(--jp-layout-color1);
  min-height: calc(
    var(--jp-widgets-horizontal-tab-height) + 2 * var(--jp-border-width)
  );
  transform: translateY(var(--jp-border-width));
  overflow: visible;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tab.p-mod-current:before, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tab.p-mod-current:before, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tab.lm-mod-current:before {
  position: absolute;
  top: calc(-1 * var(--jp-border-width));
  left: calc(-1 * var(--jp-border-width));
  content: '';
  height: var(--jp-widgets-horizontal-tab-top-border);
  width: calc(100% + 2 * var(--jp-border-width));
  background: var(--jp-brand-color1);
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tab:first-child, /* </DEPRECATED> */
/* <DEPRECATED> */.jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tab:first-child, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tab:first-child {
  margin-left: 0;
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab
  > .p-TabBar
  .p-TabBar-tab:hover:not(.p-mod-current),
/* </DEPRECATED> */
/* <DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
  > .p-TabBar
  .p-TabBar-tab:hover:not(.p-mod-current),
/* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
  > .lm-TabBar
  .lm-TabBar-tab:hover:not(.lm-mod-current) {
  background: var(--jp-layout-color1);
  color: var(--jp-ui-font-color1);
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab
  > .p-TabBar
  .p-mod-closable
  > .p-TabBar-tabCloseIcon,
/* </DEPRECATED> */
/* <DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
> .p-TabBar
.p-mod-closable
> .p-TabBar-tabCloseIcon,
/* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
  > .lm-TabBar
  .lm-mod-closable
  > .lm-TabBar-tabCloseIcon {
  margin-left: 4px;
}

/* This font-awesome strategy may not work across FA4 and FA5, but we don't
actually support closable tabs, so it really doesn't matter */
/* <DEPRECATED> */
.jupyter-widgets.widget-tab
  > .p-TabBar
  .p-mod-closable
  > .p-TabBar-tabCloseIcon:before,
/* </DEPRECATED> */
/* <DEPRECATED> */
.jupyter-widgets.jupyter-widget-widget-tab
> .p-TabBar
.p-mod-closable
> .p-TabBar-tabCloseIcon:before,
/* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab
  > .lm-TabBar
  .lm-mod-closable
  > .lm-TabBar-tabCloseIcon:before {
  font-family: FontAwesome;
  content: '\\f00d'; /* close */
}

/* <DEPRECATED> */
.jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tabIcon, /* </DEPRECATED> */
/* <DEPRECATED> */ .jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tabLabel, /* </DEPRECATED> */
/* <DEPRECATED> */ .jupyter-widgets.widget-tab > .p-TabBar .p-TabBar-tabCloseIcon, /* </DEPRECATED> */
/* <DEPRECATED> */ .jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tabIcon, /* </DEPRECATED> */
/* <DEPRECATED> */ .jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tabLabel, /* </DEPRECATED> */
/* <DEPRECATED> */ .jupyter-widgets.jupyter-widget-tab > .p-TabBar .p-TabBar-tabCloseIcon, /* </DEPRECATED> */
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tabIcon,
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tabLabel,
.jupyter-widgets.jupyter-widget-tab > .lm-TabBar .lm-TabBar-tabCloseIcon {
  line-height: var(--jp-widgets-horizontal-tab-height);
}

/* Accordion Widget */

.jupyter-widget-Collapse {
  display: flex;
  flex-direction: column;
  align-items: stretch;
}

.jupyter-widget-Collapse-header {
  padding: var(--jp-widgets-input-padding);
  cursor: pointer;
  color: var(--jp-ui-font-color2);
  background-color: var(--jp-layout-color2);
  border: var(--jp-widgets-border-width) solid var(--jp-border-color1);
  padding: calc(var(--jp-widgets-container-padding) * 2 / 3)
    var(--jp-widgets-container-padding);
  font-weight: bold;
}

.jupyter-widget-Collapse-header:hover {
  background-color: var(--jp-layout-color1);
  color: var(--jp-ui-font-color1);
}

.jupyter-widget-Collapse-open > .jupyter-widget-Collapse-header {
  background-color: var(--jp-layout-color1);
  color: var(--jp-ui-font-color0);
  cursor: default;
  border-bottom: none;
}

.jupyter-widget-Collapse-contents {
  padding: var(--jp-widgets-container-padding);
  background-color: var(--jp-layout-color1);
  color: var(--jp-ui-font-color1);
  border-left: var(--jp-widgets-border-width) solid var(--jp-border-color1);
  border-right: var(--jp-widgets-border-width) solid var(--jp-border-color1);
  border-bottom: var(--jp-widgets-border-width) solid var(--jp-border-color1);
  overflow: auto;
}

.jupyter-widget-Accordion {
  display: flex;
  flex-direction: column;
  align-items: stretch;
}

.jupyter-widget-Accordion .jupyter-widget-Collapse {
  margin-bottom: 0;
}

.jupyter-widget-Accordion .jupyter-widget-Collapse + .jupyter-widget-Collapse {
  margin-top: 4px;
}

/* HTML widget */

/* <DEPRECATED> */
.widget-html, /* </DEPRECATED> */
/* <DEPRECATED> */ .widget-htmlmath, /* </DEPRECATED> */
.jupyter-widget-html,
.jupyter-widget-htmlmath {
  font-size: var(--jp-widgets-font-size);
}

/* <DEPRECATED> */
.widget-html > .widget-html-content, /* </DEPRECATED> */
/* <DEPRECATED> */.widget-htmlmath > .widget-html-content, /* </DEPRECATED> */
.jupyter-widget-html > .jupyter-widget-html-content,
.jupyter-widget-htmlmath > .jupyter-widget-html-content {
  /* Fill out the area in the HTML widget */
  align-self: stretch;
  flex-grow: 1;
  flex-shrink: 1;
  /* Makes sure the baseline is still aligned with other elements */
  line-height: var(--jp-widgets-inline-height);
  /* Make it possible to have absolutely-positioned elements in the html */
  position: relative;
}

/* Image widget  */

/* <DEPRECATED> */
.widget-image, /* </DEPRECATED> */
.jupyter-widget-image {
  max-width: 100%;
  height: auto;
}
`;var gp="application/vnd.jupyter.widget-view+json",Ow={BoxModel:Ii,BoxView:ji,HBoxModel:fo,HBoxView:po,VBoxModel:mo,VBoxView:go,ButtonModel:_o,ButtonStyleModel:En,ButtonView:Tn,CheckboxModel:bo,CheckboxStyleModel:Cn,CheckboxView:vo,ToggleButtonModel:yo,ToggleButtonStyleModel:An,ToggleButtonView:Dn,DescriptionStyleModel:xe,DropdownModel:wo,DropdownView:xo,RadioButtonsModel:Eo,RadioButtonsView:To,ToggleButtonsModel:Co,ToggleButtonsStyleModel:Mn,ToggleButtonsView:Tr,HTMLModel:So,HTMLStyleModel:In,HTMLView:Mo,TextModel:Io,TextStyleModel:jn,TextView:jo},_p={"@jupyter-widgets/base":ao,"@jupyter-widgets/controls":Ow},bp="Error displaying widget",Ro=class i{constructor(e,t,r,n){Object.assign(this,{worker:e,pending:t,comm_id:r,target_name:n}),this.onMsg=null,this.onClose=null}post(e,t,r,n,s){let o=String(++i.count),a=(s||[]).map(d=>(d.buffer||d).slice(0)),l=JSON.stringify({msg_type:e,content:{comm_id:this.comm_id,...t},metadata:n||{}});return r&&this.pending.set(o,r),this.worker.postMessage({kind:"comm",id:o,text:l,buffers:a},a),o}open(e,t,r,n){return this.post("comm_open",{target_name:this.target_name,data:e},t,r,n)}send(e,t,r,n){return this.post("comm_msg",{data:e},t,r,n)}close(e,t,r,n){return this.post("comm_close",{data:e},t,r,n)}on_msg(e){this.onMsg=e}on_close(e){this.onClose=e}};Ro.count=0;var hd=class extends co{constructor(e){super(),this.worker=e,this.comms=new Map,this.pending=new Map}async loadClass(e,t){let r=_p[t]&&_p[t][e];if(!r)throw new Error(`no widget class ${t}.${e} on the lean page`);return r}comm(e,t){let r=new Ro(this.worker,this.pending,e,t);return this.comms.set(e,r),r}async _create_comm(e,t,r,n,s){let o=this.comm(t||tt(),e);return(r||n)&&o.open(r,null,n,s),o}async _get_comm_info(){return{}}async fromPython(e,t){let r=JSON.parse(e);r.buffers=t.map(s=>new DataView(s));let{comm_id:n}=r.content;if(r.msg_type==="comm_open")await this.handle_comm_open(this.comm(n,r.content.target_name),r);else if(this.comms.has(n)){let s=this.comms.get(n);r.msg_type==="comm_close"?(this.comms.delete(n),s.onClose&&await s.onClose(r)):s.onMsg&&await s.onMsg(r)}}idle(e){let t=this.pending.get(e);this.pending.delete(e);let r=t&&t.iopub&&t.iopub.status;r&&r({content:{execution_state:"idle"}})}};function Nw(){let i=document.createElement("style");i.textContent=[mp,fp,hp,pp].join(`
`).replace(/^@import .*$/gm,""),document.head.appendChild(i)}async function Hw(i,e,t){let r=document.querySelector(`[data-sl-output="${CSS.escape(e)}"]`),n=t.data||{};if(!r||t.error||!t.data){t.error&&console.error(`cell ${e}: ${t.error}`);return}r.classList.remove("jp-mod-noOutputs");let s=document.createElement("div");s.className="jp-Cell-outputWrapper",s.innerHTML='<div class="jp-OutputArea jp-Cell-outputArea"><div class="jp-OutputArea-child"><div class="jp-OutputArea-output"></div></div></div>',r.appendChild(s);let o=s.querySelector(".jp-OutputArea-output");if(n[gp])try{let a=await i.create_view(await i.get_model(n[gp].model_id));N.attach(a.luminoWidget,o)}catch(a){o.textContent=bp,console.error(bp,a)}else if(n["text/plain"]!==void 0){let a=document.createElement("pre");a.textContent=n["text/plain"],o.appendChild(a)}}function cd(i){let e=document.getElementById("loading");e&&e.remove();let t=document.getElementById("rendered_cells");t&&(t.style.display=""),document.documentElement.dataset.slLean=i}function vp(){let i=document.getElementById("sl-page-words"),e=i?JSON.parse(i.textContent).words:null;if(!e||document.querySelector(".sl-lesson-stopped"))return;let t=document.createElement("div");t.className="sl-lesson-stopped",t.setAttribute("role","alert");for(let n of[[e["lesson-stopped"],e["not-your-fault"]],[e["reload-to-restart"]]]){let s=document.createElement("p");n.forEach((o,a)=>{let l=document.createElement(a===0&&n.length>1?"strong":"span");l.textContent=(a>0?" ":"")+o,s.appendChild(l)}),t.appendChild(s)}let r=document.createElement("button");r.type="button",r.textContent=e["reload-lesson"],r.addEventListener("click",()=>window.location.reload()),t.appendChild(r),document.body.insertBefore(t,document.body.firstChild),r.focus()}function Fw(){let i=JSON.parse(document.getElementById("sl-lean").textContent),e=s=>new URL(s,document.baseURI).href;Nw();let t=new Worker(e(i.worker)),r=new hd(t);window.slLessonPage={worker:t,manager:r},t.onerror=s=>{console.error("The lesson could not start:",s.message),cd("failed"),vp()};let n=Promise.resolve();t.onmessage=({data:s})=>{n=n.then(async()=>{s.kind==="comm"?await r.fromPython(s.text,s.buffers):s.kind==="idle"?r.idle(s.id):s.kind==="output"?await Hw(r,s.cell,s.output):s.kind==="ready"?(window.slLessonPage.phases=s.phases,cd("drawn")):s.kind==="failed"&&(console.error("The lesson could not start:",s.error),cd("failed"),vp())}).catch(o=>console.error(o))},t.postMessage({kind:"start",config:{pyodide:e(i.pyodide),index:e(i.pyodide).replace(/[^/]*$/,""),wheels:i.wheels.map(e),contents:e(i.contents),cwd:i.cwd,cells:i.cells,snapshot:i.snapshot&&e(i.snapshot)}})}Fw();})();
